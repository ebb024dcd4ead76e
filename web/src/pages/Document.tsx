// Một văn bản: its text with the spans its targets, figures and tasks came from highlighted (each a
// link to the item), the list of those items, and the way to the review of its proposals.
import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { Fragment, useEffect, useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { api } from '../api.ts';
import { AsyncView, useApi } from '../components/Async.tsx';
import { useAuth } from '../auth.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n, type MessageKey } from '../i18n.tsx';
import type { DocumentDetail, ObservationItem, ProposalList, TargetItem, TaskItem } from '../../../src/contract/index.ts';

type Kind = 'target' | 'figure' | 'task';
interface Marked {
  kind: Kind;
  id: string;
  start: number;
  end: number;
  label: string;
  href: string;
}
const TAG: Record<Kind, { short: { vi: string; en: string }; word: MessageKey; color: string }> = {
  target: { short: { vi: 'CT', en: 'T' }, word: 'markTarget', color: 'blue' },
  figure: { short: { vi: 'SL', en: 'F' }, word: 'markFigure', color: 'teal' },
  task: { short: { vi: 'NV', en: 'K' }, word: 'markTask', color: 'yellow' },
};

export function DocumentPage() {
  const { id = '' } = useParams();
  const auth = useAuth();
  const roles = auth.user?.roles ?? [];
  // Reviewing proposals is the secretariat's work (the server answers 403 to the others).
  const manages = auth.status !== 'signed_in' || roles.includes('admin') || roles.includes('secretariat');
  const state = useApi(async () => {
    const [doc, targets, figures, tasks, proposals] = await Promise.all([
      api.document(id),
      api.targets({ documentId: id }),
      api.observations({ documentId: id }),
      api.tasks({ documentId: id, limit: 200 }),
      manages ? api.proposals(id).catch(() => null) : Promise.resolve(null),
    ]);
    return { doc, targets: targets.items, figures: figures.items, tasks: tasks.items, proposals };
  }, [id, manages]);
  return <AsyncView state={state}>{(d) => <DocumentView {...d} />}</AsyncView>;
}

function ProposalsCard({ doc, list }: { doc: DocumentDetail; list: ProposalList }) {
  const { t } = useI18n();
  const c = list.counts;
  return (
    <Card withBorder data-testid="proposals-card">
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ flex: '1 1 260px' }}>
          <Title order={2} size="h4">{t('reviewTitle')}</Title>
          <Text size="sm" c="dimmed">{t('reviewCardText')}</Text>
          <Text size="sm" mt={4} fw={500}>{t('reviewSummary', c)}</Text>
        </div>
        <Button component={Link} to={`/van-ban/${doc.id}/de-xuat`} variant={c.pending > 0 ? 'filled' : 'light'}>
          {t('reviewOpen')}{c.pending > 0 ? ` (${c.pending})` : ''}
        </Button>
      </Group>
    </Card>
  );
}

/** Cuts the text at every span boundary; each piece knows the items covering it (innermost first). */
function pieces(text: string, marks: Marked[]) {
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: { from: number; to: number; covering: Marked[] }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    const covering = marks.filter((m) => m.start <= from && m.end >= to).sort((a, b) => a.end - a.start - (b.end - b.start));
    out.push({ from, to, covering });
  }
  return out;
}

function DocumentView({ doc, targets, figures, tasks, proposals }: { doc: DocumentDetail; targets: TargetItem[]; figures: ObservationItem[]; tasks: TaskItem[]; proposals: ProposalList | null }) {
  const { t, date, docKind, lang, amount } = useI18n();
  const [params] = useSearchParams();
  const marks = useMemo(() => {
    const list: Marked[] = [];
    for (const x of targets) if (x.source.span) list.push({ kind: 'target', id: x.id, start: x.source.span[0], end: x.source.span[1], label: x.label, href: `/chi-tieu/${x.id}` });
    for (const x of figures) if (x.source.span) list.push({ kind: 'figure', id: x.id, start: x.source.span[0], end: x.source.span[1], label: `${x.periodLabel}: ${amount(x.value, x.unit)}`, href: '' });
    for (const x of tasks) if (x.source.span) list.push({ kind: 'task', id: x.id, start: x.source.span[0], end: x.source.span[1], label: x.title, href: `/nhiem-vu/${x.id}` });
    return list.sort((a, b) => a.start - b.start);
  }, [targets, figures, tasks, amount]);
  const parts = useMemo(() => pieces(doc.text, marks), [doc.text, marks]);

  // A link with ?span=a-b scrolls to that passage and focuses it.
  const wanted = params.get('span');
  useEffect(() => {
    if (!wanted) return;
    const el = document.getElementById(`span-${wanted}`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.classList.add('hd-mark-focus');
      el.focus({ preventScroll: true });
    }
  }, [wanted, parts]);

  const firstPieceOf = new Map<string, number>();
  parts.forEach((p, i) => {
    for (const m of p.covering) if (!firstPieceOf.has(`${m.kind}:${m.id}`)) firstPieceOf.set(`${m.kind}:${m.id}`, i);
  });

  return (
    <>
      <PageTitle text={doc.title}>{doc.title}</PageTitle>
      <Text c="dimmed" mt={-8} mb="md">
        {docKind(doc.kind)}{doc.number ? ` ${doc.number}` : ''} · {date(doc.issuedOn)}{doc.issuer ? ` · ${doc.issuer}` : ''}
      </Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {proposals && proposals.items.length > 0 && <ProposalsCard doc={doc} list={proposals} />}
            <Card withBorder>
              <Group gap="xs" mb="sm" aria-label={t('docLegend')}>
                <Text size="sm" fw={600}>{t('docLegend')}:</Text>
                {(Object.keys(TAG) as Kind[]).map((k) => (
                  <mark key={k} className="hd-mark" data-kind={k}>{t(TAG[k].word)}<span className="hd-mark-tag">{TAG[k].short[lang]}</span></mark>
                ))}
              </Group>
              {doc.text ? (
                <div className="hd-doc-text" data-testid="document-text" lang="vi">
                  {parts.map((p, i) => {
                    const slice = doc.text.slice(p.from, p.to);
                    const m = p.covering[0];
                    if (!m) return <Fragment key={i}>{slice}</Fragment>;
                    const starts = p.covering.filter((c) => firstPieceOf.get(`${c.kind}:${c.id}`) === i);
                    const tags = starts.map((c) => TAG[c.kind].short[lang]).join(' ');
                    const title = p.covering.map((c) => `${t(TAG[c.kind].word)}: ${c.label}`).join('\n');
                    const idAttr = starts.length ? `span-${starts[0]!.start}-${starts[0]!.end}` : undefined;
                    const inner = <>{tags && <span className="hd-mark-tag" aria-hidden="true">{tags} </span>}{slice}</>;
                    return m.href ? (
                      <Link key={i} to={m.href} className="hd-mark" data-kind={m.kind} title={title} id={idAttr}>{inner}</Link>
                    ) : (
                      <mark key={i} className="hd-mark" data-kind={m.kind} title={title} id={idAttr} tabIndex={idAttr ? -1 : undefined}>{inner}</mark>
                    );
                  })}
                </div>
              ) : <Text c="dimmed">{t('docNoText')}</Text>}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">{t('docItems')}</Title>
            {marks.length === 0 ? <Text c="dimmed" size="sm">{t('noneYet')}</Text> : (
              <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {marks.map((m) => (
                  <li key={`${m.kind}:${m.id}`}>
                    <Group gap={6} wrap="nowrap" align="flex-start">
                      <Badge size="sm" variant="light" color={TAG[m.kind].color} tt="none" style={{ flexShrink: 0 }}>{t(TAG[m.kind].word)}</Badge>
                      <Text size="sm">
                        {m.href ? <Anchor component={Link} to={m.href} inherit>{m.label}</Anchor> : m.label}
                        {' '}<Anchor component={Link} to={`?span=${m.start}-${m.end}`} size="xs" c="dimmed" aria-label={t('openInDocument')} title={t('openInDocument')}>↧</Anchor>
                      </Text>
                    </Group>
                  </li>
                ))}
              </Stack>
            )}
          </Card>
        </Grid.Col>
      </Grid>
    </>
  );
}
