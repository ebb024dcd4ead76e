// Xem xét đề xuất: the text of a document with every proposal highlighted at its span, and the
// proposals beside it grouped by kind, each read in words, to accept (as proposed or edited), merge
// into a target, or reject; many at once through the batch endpoint (all or nothing).
// Loaded on demand; the names of the indicators come from GET /api/indicators.
import {
  Alert, Anchor, Autocomplete, Badge, Button, Card, Checkbox, Grid, Group, List, NumberInput, SegmentedControl, Select, Stack, Text,
  TextInput, Textarea, Title,
} from '@mantine/core';
import { Fragment, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { parsePeriod, periodLabelVi } from '../../../src/domain/period.ts';
import { STANDINGS, type Standing } from '../../../src/domain/observation.ts';
import { ApiError, api } from '../api.ts';
import { unitOptions, useAppState } from '../app-state.tsx';
import { AsyncView, useApi } from '../components/Async.tsx';
import { IconCheckCircle, IconDash, IconEdit, IconList, IconMerge, IconNote, IconTarget, IconX } from '../components/icons.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { textLanguage } from '../../../src/domain/language.ts';
import { indicatorName, loadIndicators, unitsOfMeasure, useIndicators } from '../indicators.ts';
import { useI18n, type I18n, type MessageKey } from '../i18n.tsx';
import type { DocumentDetail, ObservationItem, Proposal, ProposalKind, ProposalStatus, TargetItem } from '../../../src/contract/index.ts';
import type { MatchReason } from '../../../src/domain/proposal-match.ts';
import { DateInput } from '../components/DateInput.tsx';

type Payload = Record<string, unknown>;
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

const KIND_ORDER: ProposalKind[] = ['target', 'observation', 'task'];
const KIND: Record<ProposalKind, { word: MessageKey; tag: { vi: string; en: string }; color: string; mark: string; Icon: ComponentType<{ size?: number }> }> = {
  target: { word: 'kindTarget', tag: { vi: 'CT', en: 'T' }, color: 'blue', mark: 'target', Icon: IconTarget },
  observation: { word: 'kindObservation', tag: { vi: 'SL', en: 'F' }, color: 'teal', mark: 'figure', Icon: IconNote },
  task: { word: 'kindTask', tag: { vi: 'NV', en: 'K' }, color: 'yellow', mark: 'task', Icon: IconList },
};
// Why a figure is said to belong to a target; the unit of measure and the owner always agree, so the
// sentence names the indicator and how the periods meet, and the tooltip every reason.
const REASON: Record<MatchReason, MessageKey> = {
  indicator: 'reasonIndicator', unit: 'reasonUnit', period_same: 'reasonPeriodSame', period_within: 'reasonPeriodWithin',
  period_overlap: 'reasonPeriodOverlap', owner: 'reasonOwner',
};
const SHOWN_REASONS: ReadonlySet<MatchReason> = new Set(['indicator', 'period_same', 'period_within', 'period_overlap']);

const STATUS: Record<ProposalStatus, { word: MessageKey; color: string; Icon: ComponentType<{ size?: number }> }> = {
  pending: { word: 'propPending', color: 'gray', Icon: IconDash },
  accepted: { word: 'propAccepted', color: 'teal', Icon: IconCheckCircle },
  merged: { word: 'propMerged', color: 'blue', Icon: IconMerge },
  rejected: { word: 'propRejected', color: 'red', Icon: IconX },
};
/** Long button labels wrap on a phone instead of being cut. */
const WRAP = { root: { height: 'auto', minHeight: 36, paddingBlock: 6, maxWidth: '100%' }, label: { whiteSpace: 'normal' as const, textAlign: 'left' as const } };
const WARN_FIELD: Record<string, MessageKey> = {
  indicator: 'fIndicator', period: 'fPeriod', value: 'fValue', unit: 'fUnit', deadline: 'fDeadline', latest: 'fLatest',
  leadUnitId: 'fLeadUnit', title: 'fTitle', label: 'fLabel',
};

export default function DocumentReviewPage() {
  const { id = '' } = useParams();
  const state = useApi(async () => {
    const [doc, list, targets, figures] = await Promise.all([
      api.document(id),
      api.proposals(id),
      api.targets(),
      api.observations({ documentId: id }).catch(() => ({ items: [] as ObservationItem[], total: 0 })),
      // The names read the proposals in words; without them the keys show.
      loadIndicators().catch(() => []),
    ]);
    return { doc, items: list.items, targets: targets.items, figures: figures.items };
  }, [id]);
  return <AsyncView state={state}>{(d) => <Review key={d.doc.id} {...d} />}</AsyncView>;
}

function periodText(code: unknown, lang: string): string | null {
  const c = str(code);
  if (!c) return null;
  const p = parsePeriod(c);
  return p ? (lang === 'vi' ? periodLabelVi(p) : c) : c;
}

/** A proposal in words: "Thực hiện · Tăng trưởng GRDP · 11,28% · 6 tháng đầu năm 2025 · ước tính". */
function reading(p: Proposal, i18n: I18n, unitName: (id: string | null) => string): string[] {
  const { t, amount, date, standing, lang } = i18n;
  const x = p.payload;
  if (p.kind === 'task') {
    const lead = str(x.leadUnitId);
    return [
      str(x.title) ?? '—',
      str(x.deadline) ? t('deadlineShort', { d: date(str(x.deadline)) }) : t('noDeadlineShort'),
      ...(str(x.latest) ? [t('latestShort', { d: date(str(x.latest)) })] : []),
      lead ? t('leadShort', { u: unitName(lead) }) : t('leadNone'),
    ];
  }
  const unit = str(x.unit) ?? '';
  const value = num(x.value);
  const ind = indicatorName(str(x.indicator), lang) ?? t('unknownIndicator');
  const period = periodText(x.period, lang) ?? t('noPeriod');
  if (p.kind === 'observation') {
    const s = str(x.standing) as Standing | null;
    return [t('readActual'), ind, amount(value, unit), period, ...(s && STANDINGS.includes(s) ? [standing(s).toLowerCase()] : [])];
  }
  const cmp = x.comparator === '<=' || x.comparator === '<' ? '≤ ' : x.comparator === '>=' || x.comparator === '>' ? '≥ ' : '';
  const max = num(x.max);
  return [t('readGoal'), ind, max !== null ? `${amount(value, unit)} – ${amount(max, unit)}` : `${cmp}${amount(value, unit)}`, period];
}

/** Cuts the text at every span boundary; each piece knows the proposals covering it (innermost first). */
function pieces(text: string, items: Proposal[]) {
  const cuts = new Set<number>([0, text.length]);
  for (const m of items) {
    cuts.add(Math.max(0, Math.min(text.length, m.span[0])));
    cuts.add(Math.max(0, Math.min(text.length, m.span[1])));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: { from: number; to: number; covering: Proposal[] }[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i]!;
    const to = sorted[i + 1]!;
    const covering = items.filter((m) => m.span[0] <= from && m.span[1] >= to).sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]));
    out.push({ from, to, covering });
  }
  return out;
}

interface Failure {
  message: string;
  details: string[];
}
function failure(e: unknown): Failure {
  if (e instanceof ApiError) {
    const d = e.details;
    const details = Array.isArray(d)
      ? d.map((x) => (x && typeof x === 'object' && 'message' in x ? `${(x as { field?: string }).field ? `${(x as { field?: string }).field}: ` : ''}${String((x as { message: unknown }).message)}` : JSON.stringify(x)))
      : [];
    return { message: e.message, details };
  }
  return { message: e instanceof Error ? e.message : String(e), details: [] };
}

function Review({ doc, items: initial, targets: initialTargets, figures }: { doc: DocumentDetail; items: Proposal[]; targets: TargetItem[]; figures: ObservationItem[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { unitName } = useAppState();
  const location = useLocation();
  const created = (location.state as { created?: { proposals?: number; duplicate?: boolean } } | null)?.created;
  const [items, setItems] = useState(initial);
  const [targets, setTargets] = useState(initialTargets);
  const [selected, setSelected] = useState<string | null>(null);
  const [show, setShow] = useState<'pending' | 'all'>(initial.some((p) => p.status === 'pending') ? 'pending' : 'all');
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [form, setForm] = useState<{ id: string; mode: 'edit' | 'merge' } | null>(null);
  const [errors, setErrors] = useState<Record<string, Failure>>({});
  const [busy, setBusy] = useState<string | null>(null);
  const [bulk, setBulk] = useState<{ ok: boolean; text: string; details?: string[] } | null>(null);
  const [mergedInto, setMergedInto] = useState<Record<string, string>>({});
  // Decided during this visit: they stay in the "to review" list, showing their outcome and link.
  const [decidedHere, setDecidedHere] = useState<Set<string>>(new Set());
  const textRef = useRef<HTMLDivElement>(null);

  const counts = useMemo(() => {
    const c: Record<ProposalStatus, number> = { pending: 0, accepted: 0, merged: 0, rejected: 0 };
    for (const p of items) c[p.status] += 1;
    return c;
  }, [items]);
  const parts = useMemo(() => pieces(doc.text, items), [doc.text, items]);
  // The reader knows Vietnamese only: proposals from another language are guesses, and the page says so.
  const foreign = useMemo(() => textLanguage(doc.text) === 'other', [doc.text]);
  const firstPiece = useMemo(() => {
    const m = new Map<string, number>();
    parts.forEach((p, i) => p.covering.forEach((c) => m.has(c.id) || m.set(c.id, i)));
    return m;
  }, [parts]);
  const shown = items.filter((p) => show === 'all' || p.status === 'pending' || decidedHere.has(p.id));
  // A proposed target that repeats a registered one is not "clean": it is accepted one by one, confirmed.
  const clean = items.filter((p) => p.status === 'pending' && p.warnings.length === 0 && !p.duplicateOf);
  const chosen = items.filter((p) => p.status === 'pending' && checked.has(p.id));
  const figureIndicator = useMemo(() => new Map(figures.map((f) => [f.id, f.indicator])), [figures]);

  const select = (id: string, from: 'text' | 'list') => {
    setSelected(id);
    requestAnimationFrame(() => {
      const el = from === 'text' ? document.getElementById(`prop-${id}`) : document.querySelector(`[data-starts~="${CSS.escape(id)}"]`);
      if (!el) return;
      if (from === 'text') {
        el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      } else {
        // Scroll inside the text pane only, so the list stays where the reader is.
        const pane = textRef.current;
        if (pane && pane.scrollHeight > pane.clientHeight + 4) {
          const top = el.getBoundingClientRect().top - pane.getBoundingClientRect().top + pane.scrollTop - pane.clientHeight / 3;
          pane.scrollTo({ top, behavior: 'smooth' });
        } else el.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
    });
  };
  const clickPiece = (covering: Proposal[]) => {
    // Overlapping proposals: each click moves to the next one covering the passage.
    const at = covering.findIndex((c) => c.id === selected);
    const next = covering[(at + 1) % covering.length]!;
    select(next.id, 'text');
  };

  const replace = (done: Proposal[]) => {
    const byId = new Map(done.map((p) => [p.id, p]));
    setItems((list) => list.map((p) => byId.get(p.id) ?? p));
    setChecked((c) => new Set([...c].filter((id) => !byId.has(id))));
    setDecidedHere((d) => new Set([...d, ...byId.keys()]));
    if (done.some((p) => p.kind === 'target')) {
      void api.targets().then((r) => setTargets(r.items), () => undefined);
      // A new target may be where another figure goes, or what another proposed target repeats.
      void api.proposals(doc.id).then((r) => {
        const fresh = new Map(r.items.map((q) => [q.id, q]));
        setItems((list) => list.map((p) => {
          const f = fresh.get(p.id);
          if (p.status !== 'pending' || f?.status !== 'pending') return p;
          const { match: _m, duplicateOf: _d, ...rest } = p;
          return { ...rest, ...(f.match ? { match: f.match } : {}), ...(f.duplicateOf ? { duplicateOf: f.duplicateOf } : {}) };
        }));
      }, () => undefined);
    }
  };
  const run = async (p: Proposal, action: () => Promise<Proposal>) => {
    setBusy(p.id);
    setErrors(({ [p.id]: _, ...rest }) => rest);
    try {
      replace([await action()]);
      setForm(null);
    } catch (e) {
      setErrors((x) => ({ ...x, [p.id]: failure(e) }));
      // Decided elsewhere meanwhile (409): show what it became.
      if (e instanceof ApiError && e.status === 409) void api.proposals(doc.id).then((r) => replace(r.items.filter((q) => q.id === p.id)), () => undefined);
    } finally {
      setBusy(null);
    }
  };
  const acceptMany = async (list: Proposal[]) => {
    const dups = list.filter((p) => p.duplicateOf).length;
    if (dups > 0 && !window.confirm(t('duplicateConfirmMany', { n: dups }))) return;
    setBusy('bulk');
    setBulk(null);
    try {
      const r = await api.acceptProposals(doc.id, list.map((p) => ({ id: p.id })));
      replace(r.items);
      setBulk({ ok: true, text: t('bulkDone', { n: r.items.length }) });
    } catch (e) {
      const f = failure(e);
      setBulk({ ok: false, text: `${t('bulkFailed')}: ${f.message}`, details: f.details });
    } finally {
      setBusy(null);
    }
  };

  const link = (p: Proposal): { to: string; text: MessageKey } | null => {
    if (!p.itemId || (p.status !== 'accepted' && p.status !== 'merged')) return null;
    if (p.kind === 'target') return { to: `/chi-tieu/${p.itemId}`, text: 'openCreatedTarget' };
    if (p.kind === 'task') return { to: `/nhiem-vu/${p.itemId}`, text: 'openCreatedTask' };
    const targetId = mergedInto[p.id] ?? (() => {
      const ind = figureIndicator.get(p.itemId) ?? str(p.payload.indicator);
      return targets.find((x) => x.indicator === ind)?.id;
    })();
    return targetId ? { to: `/chi-tieu/${targetId}`, text: 'openFigureTarget' } : null;
  };

  const allShownPending = shown.filter((p) => p.status === 'pending');
  const allChecked = allShownPending.length > 0 && allShownPending.every((p) => checked.has(p.id));

  return (
    <>
      <PageTitle text={`${t('reviewTitle')}: ${doc.title}`}>{t('reviewTitle')}</PageTitle>
      <Text mt={-8} mb="xs" fw={500}>
        <Anchor component={Link} to={`/van-ban/${doc.id}`}>{doc.title}</Anchor>
      </Text>
      {foreign && <Alert color="orange" mb="sm" role="alert" data-testid="language-warning" title={t('notVietnameseTitle')}>{t('notVietnameseText')}</Alert>}
      {created?.duplicate && <Alert color="yellow" mb="sm" role="status" data-testid="duplicate-notice">{t('reviewDuplicate')}</Alert>}
      {created && !created.duplicate && <Alert color="teal" mb="sm" role="status">{t('reviewSaved', { n: created.proposals ?? items.length })}</Alert>}
      <Text size="sm" mb="md" data-testid="proposal-counts" aria-live="polite">{t('reviewSummary', counts)}</Text>
      {items.length === 0 ? <Alert color="gray">{t('reviewNone')}</Alert> : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }} order={{ base: 2, md: 1 }}>
            <Card withBorder className="hd-review-pane">
              <Title order={2} size="h5" mb="xs">{t('reviewText')}</Title>
              <Group gap="xs" mb="sm">
                {KIND_ORDER.map((k) => (
                  <mark key={k} className="hd-mark" data-kind={KIND[k].mark}>{t(KIND[k].word)}<span className="hd-mark-tag">{KIND[k].tag[lang]}</span></mark>
                ))}
                <mark className="hd-mark" data-kind="task" data-status="rejected">{t('propRejected')}</mark>
              </Group>
              <div className="hd-doc-text hd-review-text" data-testid="review-text" lang="vi" ref={textRef}>
                {parts.map((piece, i) => {
                  const slice = doc.text.slice(piece.from, piece.to);
                  const top = piece.covering.find((c) => c.id === selected) ?? piece.covering[0];
                  if (!top) return <Fragment key={i}>{slice}</Fragment>;
                  const starts = piece.covering.filter((c) => firstPiece.get(c.id) === i);
                  const first = starts[0];
                  const isSel = piece.covering.some((c) => c.id === selected);
                  const label = piece.covering.map((c) => `${t(KIND[c.kind].word)} (${t(STATUS[c.status].word).toLowerCase()}): ${reading(c, i18n, unitName).join(' · ')}`).join('\n');
                  return (
                    <mark
                      key={i}
                      data-starts={first ? starts.map((c) => c.id).join(' ') : undefined}
                      className="hd-mark hd-mark-click"
                      data-kind={KIND[top.kind].mark}
                      data-status={top.status}
                      data-selected={isSel || undefined}
                      data-proposals={piece.covering.map((c) => c.id).join(' ')}
                      title={label}
                      role={first ? 'button' : undefined}
                      tabIndex={first ? 0 : undefined}
                      aria-label={first ? label : undefined}
                      aria-pressed={first ? isSel : undefined}
                      onClick={() => clickPiece(piece.covering)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter' || e.key === ' ') {
                          e.preventDefault();
                          clickPiece(piece.covering);
                        }
                      }}
                    >
                      {starts.length > 0 && (
                        <span className="hd-mark-tag" aria-hidden="true">
                          {starts.map((c) => `${KIND[c.kind].tag[lang]}${c.status === 'accepted' || c.status === 'merged' ? '✓' : c.status === 'rejected' ? '✗' : ''}`).join(' ')}{' '}
                        </span>
                      )}
                      {slice}
                    </mark>
                  );
                })}
              </div>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }} order={{ base: 1, md: 2 }}>
            <Stack gap="md">
              <Card withBorder>
                <Stack gap="sm">
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Text size="sm" fw={600} id="show-label">{t('reviewShow')}</Text>
                    <SegmentedControl size="xs" aria-labelledby="show-label" value={show} onChange={(v) => setShow(v as 'pending' | 'all')}
                      data={[{ value: 'pending', label: t('reviewShowPending', { n: counts.pending }) }, { value: 'all', label: t('reviewShowAll', { n: items.length }) }]} />
                  </Group>
                  {counts.pending === 0 ? <Text size="sm" c="teal.8" fw={600}>✓ {t('reviewAllDone')}</Text> : (
                    <>
                      <Checkbox label={t('selectAllPending')} checked={allChecked} indeterminate={!allChecked && allShownPending.some((p) => checked.has(p.id))}
                        onChange={() => setChecked(allChecked ? new Set() : new Set(allShownPending.map((p) => p.id)))} />
                      <Group gap="xs">
                        <Button size="sm" styles={WRAP} onClick={() => void acceptMany(clean)} disabled={clean.length === 0 || busy !== null} loading={busy === 'bulk'}
                          data-testid="accept-clean">{t('bulkNoWarnings', { n: clean.length })}</Button>
                        <Button size="sm" styles={WRAP} variant="light" onClick={() => void acceptMany(chosen)} disabled={chosen.length === 0 || busy !== null}
                          data-testid="accept-selected">{t('bulkSelected', { n: chosen.length })}</Button>
                      </Group>
                    </>
                  )}
                  {bulk && (
                    <Alert color={bulk.ok ? 'teal' : 'red'} role={bulk.ok ? 'status' : 'alert'} withCloseButton onClose={() => setBulk(null)} closeButtonLabel={t('cancel')}>
                      {bulk.text}
                      {bulk.details && bulk.details.length > 0 && <List size="sm" mt={4}>{bulk.details.map((d) => <List.Item key={d}>{d}</List.Item>)}</List>}
                    </Alert>
                  )}
                </Stack>
              </Card>
              {KIND_ORDER.map((kind) => {
                const group = shown.filter((p) => p.kind === kind);
                if (group.length === 0) return null;
                return (
                  <section key={kind} aria-labelledby={`group-${kind}`}>
                    <Title order={2} size="h4" mb="xs" id={`group-${kind}`}>{t(KIND[kind].word)} ({group.length})</Title>
                    <Stack gap="sm">
                      {group.map((p) => (
                        <ProposalCard key={p.id} p={p} selected={selected === p.id} checked={checked.has(p.id)}
                          onCheck={(v) => setChecked((c) => { const n = new Set(c); if (v) n.add(p.id); else n.delete(p.id); return n; })}
                          onSelect={() => select(p.id, 'list')} busy={busy === p.id} disabled={busy !== null}
                          form={form?.id === p.id ? form.mode : null} setForm={(mode) => setForm(mode ? { id: p.id, mode } : null)}
                          error={errors[p.id]} link={link(p)} targets={targets}
                          onAccept={(body) => void run(p, async () => {
                            const r = await api.acceptProposal(p.id, body);
                            // The registered item carries the edits: read it so.
                            return body ? { ...r, payload: { ...r.payload, ...body } } : r;
                          })}
                          onReject={() => void run(p, () => api.rejectProposal(p.id))}
                          onMerge={(targetId) => void run(p, async () => {
                            const r = await api.mergeProposal(p.id, targetId);
                            setMergedInto((m) => ({ ...m, [p.id]: targetId }));
                            return r;
                          })} />
                      ))}
                    </Stack>
                  </section>
                );
              })}
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}

interface CardProps {
  p: Proposal;
  selected: boolean;
  checked: boolean;
  onCheck(v: boolean): void;
  onSelect(): void;
  busy: boolean;
  disabled: boolean;
  form: 'edit' | 'merge' | null;
  setForm(mode: 'edit' | 'merge' | null): void;
  error: Failure | undefined;
  link: { to: string; text: MessageKey } | null;
  targets: TargetItem[];
  onAccept(body?: Payload): void;
  onReject(): void;
  onMerge(targetId: string): void;
}

function ProposalCard({ p, selected, checked, onCheck, onSelect, busy, disabled, form, setForm, error, link, targets, onAccept: accept, onReject, onMerge }: CardProps) {
  const i18n = useI18n();
  const { t, number, amount } = i18n;
  // Accepting a target that repeats a registered one asks first.
  const onAccept = (body?: Payload) => {
    if (p.duplicateOf && !window.confirm(t('duplicateConfirm', { label: p.duplicateOf.label }))) return;
    accept(body);
  };
  const { unitName } = useAppState();
  const words = reading(p, i18n, unitName);
  const st = STATUS[p.status];
  const kind = KIND[p.kind];
  const pct = `${number(p.confidence * 100, 0)}%`;
  const level = p.confidence >= 0.8 ? 'confHigh' : p.confidence >= 0.5 ? 'confMid' : 'confLow';
  const pending = p.status === 'pending';
  const titleId = `prop-title-${p.id}`;
  return (
    <Card withBorder padding="sm" id={`prop-${p.id}`} component="article" aria-labelledby={titleId} className="hd-proposal"
      data-proposal-id={p.id} data-kind={p.kind} data-status={p.status} data-selected={selected || undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Group gap={6} wrap="wrap">
          {pending && <Checkbox aria-label={`${t('actSelect')}: ${words.slice(0, 3).join(' · ')}`} checked={checked} onChange={(e) => onCheck(e.currentTarget.checked)} />}
          <Badge size="sm" variant="light" color={kind.color} tt="none" leftSection={<kind.Icon size={12} />}>{t(kind.word)}</Badge>
          <Badge size="sm" variant={pending ? 'outline' : 'light'} color={st.color} tt="none" leftSection={<st.Icon size={12} />} data-testid="proposal-status">{t(st.word)}</Badge>
        </Group>
        <Text size="xs" c={p.confidence >= 0.8 ? 'teal.9' : p.confidence >= 0.5 ? 'yellow.9' : 'red.8'} fw={600} ta="right" style={{ whiteSpace: 'nowrap' }}>
          {t('confidence', { level: t(level), pct })}
        </Text>
      </Group>
      <Text fw={600} mt={6} id={titleId} data-testid="proposal-reading">{words.join(' · ')}</Text>
      <Text size="xs" c="dimmed" mt={2} lineClamp={2} fs="italic">“{p.quote.trim()}”</Text>
      {p.warnings.length > 0 && (
        <Alert color="yellow" variant="light" p={6} mt={6} title={t('warningsTitle')} styles={{ title: { fontSize: 12 } }} data-testid="proposal-warnings">
          <List size="xs" spacing={0}>
            {p.warnings.map((w) => {
              const i = w.indexOf(':');
              const field = i > 0 ? WARN_FIELD[w.slice(0, i)] : undefined;
              return <List.Item key={w}>⚠ {field ? <><b>{t(field)}</b>{w.slice(i)}</> : w}</List.Item>;
            })}
          </List>
        </Alert>
      )}
      {pending && p.match && (
        <Alert color="blue" variant="light" p={6} mt={6} data-testid="proposal-match">
          <Group gap={6} justify="space-between" wrap="wrap">
            <Text size="sm" title={p.match.reasons.map((r) => t(REASON[r])).join(', ')}>{t('matchSuggest', { label: p.match.label, reasons: p.match.reasons.filter((r) => SHOWN_REASONS.has(r)).map((r) => t(REASON[r])).join(', ') })}</Text>
            <Button size="compact-sm" variant="filled" leftSection={<IconMerge size={14} />} loading={busy && form === null} disabled={disabled}
              onClick={() => onMerge(p.match!.targetId)}>{t('matchOne')}</Button>
          </Group>
        </Alert>
      )}
      {pending && p.duplicateOf && (
        <Alert color="orange" variant="light" p={6} mt={6} data-testid="proposal-duplicate">
          <Text size="sm">
            {t('duplicateOf', { label: p.duplicateOf.label })}
            {!p.duplicateOf.sameValue && ` (${t('duplicateValue', { value: amount(p.duplicateOf.value, p.duplicateOf.unit) })})`}
          </Text>
        </Alert>
      )}
      {error && (
        <Alert color="red" mt={6} p={8} role="alert" data-testid="proposal-error">
          <Text size="sm">{error.message}</Text>
          {error.details.length > 0 && <List size="xs">{error.details.map((d) => <List.Item key={d}>{d}</List.Item>)}</List>}
        </Alert>
      )}
      <Group gap={6} mt="xs">
        <Button size="compact-sm" variant="subtle" onClick={onSelect} aria-pressed={selected}>{t('actShowInText')}</Button>
        {link && <Anchor component={Link} to={link.to} size="sm" fw={600}>{t(link.text)} →</Anchor>}
      </Group>
      {pending && (
        <Group gap={6} mt={6}>
          <Button size="compact-sm" onClick={() => onAccept()} loading={busy && form === null} disabled={disabled}>{t('actAccept')}</Button>
          <Button size="compact-sm" variant="light" leftSection={<IconEdit size={14} />} onClick={() => setForm(form === 'edit' ? null : 'edit')}
            aria-expanded={form === 'edit'} disabled={disabled}>{t('actEdit')}</Button>
          {p.kind === 'observation' && (
            <Button size="compact-sm" variant="light" leftSection={<IconMerge size={14} />} onClick={() => setForm(form === 'merge' ? null : 'merge')}
              aria-expanded={form === 'merge'} disabled={disabled}>{t('actMerge')}</Button>
          )}
          <Button size="compact-sm" variant="light" color="red" leftSection={<IconX size={14} />} onClick={onReject} disabled={disabled}>{t('actReject')}</Button>
        </Group>
      )}
      {pending && form === 'edit' && <EditForm p={p} busy={busy} onCancel={() => setForm(null)} onSubmit={onAccept} />}
      {pending && form === 'merge' && <MergeForm p={p} targets={targets} busy={busy} onCancel={() => setForm(null)} onSubmit={onMerge} />}
    </Card>
  );
}

function EditForm({ p, busy, onCancel, onSubmit }: { p: Proposal; busy: boolean; onCancel(): void; onSubmit(body: Payload): void }) {
  const { t, lang, standing } = useI18n();
  const { units } = useAppState();
  const x = p.payload;
  const [title, setTitle] = useState(str(x.title) ?? '');
  const [label, setLabel] = useState(str(x.label) ?? '');
  const [indicator, setIndicator] = useState<string | null>(str(x.indicator));
  const [value, setValue] = useState<string | number>(num(x.value) ?? '');
  const [period, setPeriod] = useState(str(x.period) ?? '');
  const [unit, setUnit] = useState(str(x.unit) ?? '');
  const [std, setStd] = useState<string | null>(str(x.standing));
  const [deadline, setDeadline] = useState(str(x.deadline) ?? '');
  const [latest, setLatest] = useState(str(x.latest) ?? '');
  const [lead, setLead] = useState<string | null>(str(x.leadUnitId));
  const parsed = period.trim() ? parsePeriod(period.trim()) : null;
  const indicators = useIndicators();
  const indicatorData = useMemo(() => {
    const list = indicators.map((i) => ({ value: i.key, label: `${i[lang]} (${i.key})` }));
    const cur = str(x.indicator);
    if (cur && !list.some((o) => o.value === cur)) list.unshift({ value: cur, label: cur === 'other' ? t('unknownIndicator') : cur });
    return list;
  }, [indicators, lang, x.indicator, t]);

  function submit(e: React.FormEvent) {
    e.preventDefault();
    const body: Payload = {};
    const put = (k: string, v: unknown) => {
      if (v !== (x[k] ?? null)) body[k] = v;
    };
    if (p.kind === 'task') {
      put('title', title.trim());
      put('deadline', deadline || null);
      put('latest', latest || null);
      put('leadUnitId', lead || null);
    } else {
      if (p.kind === 'target') put('label', label.trim());
      put('indicator', indicator);
      put('value', typeof value === 'number' ? value : null);
      put('period', parsed ? parsed.code : period.trim() || null);
      put('unit', unit.trim());
      if (p.kind === 'observation') put('standing', std);
    }
    onSubmit(body);
  }
  const id = (f: string) => `edit-${p.id}-${f}`;
  return (
    <form onSubmit={submit} className="hd-proposal-form" aria-label={t('actEdit')} data-testid="proposal-edit-form">
      <Stack gap="xs">
        {p.kind === 'task' ? (
          <>
            <Textarea id={id('title')} label={t('fTitle')} name="title" autosize minRows={2} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
            <Group grow gap="xs" align="flex-start">
              <DateInput id={id('deadline')} label={t('fDeadline')} name="deadline" value={deadline} onChange={setDeadline} />
              <DateInput id={id('latest')} label={t('fLatest')} name="latest" value={latest} onChange={setLatest} />
            </Group>
            <Select id={id('lead')} label={t('fLeadUnit')} name="leadUnitId" data={unitOptions(units)} value={lead} onChange={setLead} searchable clearable
              placeholder={t('noLeadUnit')} nothingFoundMessage={t('none')} />
          </>
        ) : (
          <>
            {p.kind === 'target' && <TextInput id={id('label')} label={t('fLabel')} name="label" required value={label} onChange={(e) => setLabel(e.currentTarget.value)} />}
            <Select id={id('indicator')} label={t('fIndicator')} name="indicator" data={indicatorData} value={indicator} onChange={setIndicator} searchable
              allowDeselect={false} nothingFoundMessage={t('none')} />
            <Group grow gap="xs" align="flex-start">
              <NumberInput id={id('value')} label={t('fValue')} name="value" required value={value} onChange={setValue} decimalSeparator="," thousandSeparator="." hideControls />
              <Autocomplete id={id('unit')} label={t('fUnit')} name="unit" required value={unit} onChange={setUnit} data={unitsOfMeasure(indicators)} />
            </Group>
            <TextInput id={id('period')} label={t('fPeriod')} name="period" description={t('figurePeriodHint')} value={period} onChange={(e) => setPeriod(e.currentTarget.value)}
              error={period.trim() && !parsed ? t('figurePeriodInvalid') : undefined} />
            {parsed && <Text size="sm" c="teal.8" aria-live="polite">→ {lang === 'vi' ? periodLabelVi(parsed) : parsed.code}</Text>}
            {p.kind === 'observation' && (
              <Select id={id('standing')} label={t('fStanding')} name="standing" data={STANDINGS.map((s) => ({ value: s, label: standing(s) }))} value={std}
                onChange={setStd} allowDeselect={false} />
            )}
          </>
        )}
        <Group gap="xs">
          <Button type="submit" size="compact-md" loading={busy}>{t('actAcceptEdited')}</Button>
          <Button variant="default" size="compact-md" onClick={onCancel}>{t('cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

function MergeForm({ p, targets, busy, onCancel, onSubmit }: { p: Proposal; targets: TargetItem[]; busy: boolean; onCancel(): void; onSubmit(targetId: string): void }) {
  const { t, amount } = useI18n();
  const ind = str(p.payload.indicator);
  const option = (x: TargetItem) => ({ value: x.id, label: `${x.label} (${amount(x.value, x.unit)}, ${x.periodLabel})` });
  // The suggested target first, pre-selected; then the others of the same indicator, then the rest.
  const matched = targets.filter((x) => x.id === p.match?.targetId);
  const rest = targets.filter((x) => x.id !== p.match?.targetId);
  const same = rest.filter((x) => x.indicator === ind);
  const others = rest.filter((x) => x.indicator !== ind).sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const data = [
    ...(matched.length ? [{ group: t('matchGroup'), items: matched.map(option) }] : []),
    ...(same.length ? [{ group: t('mergeSame'), items: same.map(option) }] : []),
    { group: t('mergeOther'), items: others.map(option) },
  ];
  const first = matched[0]?.id ?? same[0]?.id ?? null;
  const [target, setTarget] = useState<string | null>(first);
  useEffect(() => {
    if (!target && first) setTarget(first);
  }, [first, target]);
  return (
    <form className="hd-proposal-form" onSubmit={(e) => { e.preventDefault(); if (target) onSubmit(target); }} aria-label={t('actMerge')} data-testid="proposal-merge-form">
      <Stack gap="xs">
        <Select id={`merge-${p.id}`} label={t('mergeTarget')} description={t('mergeHint')} data={data} value={target} onChange={setTarget} searchable
          allowDeselect={false} nothingFoundMessage={t('none')} />
        <Group gap="xs">
          <Button type="submit" size="compact-md" loading={busy} disabled={!target}>{t('mergeConfirm')}</Button>
          <Button variant="default" size="compact-md" onClick={onCancel}>{t('cancel')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
