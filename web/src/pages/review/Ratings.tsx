// Xếp loại theo quý: each unit's score and level in words, provisional range, caps and adjustments
// marked; a row opens to its working; the secretariat enters the general points, a leader adjusts
// (a written reason is required, and the form says so before anything is sent).
import { Alert, Badge, Button, Card, Group, List, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { RatingLevel } from '../../../../src/domain/rating-rules.ts';
import { api } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { AsyncView, errorMessage, useApi } from '../../components/Async.tsx';
import { IconAlert, IconCheckCircle, IconEdit, IconHourglass, IconStar, IconTrendDown } from '../../components/icons.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n } from '../../i18n.tsx';
import type { QuarterRating, RatingRow } from '../../../../src/contract/index.ts';
import { useManages } from './Periods.tsx';
import { quarterOf, todayVn } from './period-code.ts';
import { useAppState } from '../../app-state.tsx';

const LEVELS: RatingLevel[] = ['excellent', 'good', 'done', 'not_done'];
const LEVEL_VI: Record<RatingLevel, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ', good: 'Hoàn thành tốt nhiệm vụ', done: 'Hoàn thành nhiệm vụ', not_done: 'Không hoàn thành nhiệm vụ',
};
const LEVEL_EN: Record<RatingLevel, string> = {
  excellent: 'Excellently fulfilled duties', good: 'Well fulfilled duties', done: 'Fulfilled duties', not_done: 'Did not fulfil duties',
};
const LEVEL_LOOK: Record<RatingLevel, { color: string; Icon: typeof IconStar }> = {
  excellent: { color: 'teal', Icon: IconStar }, good: { color: 'blue', Icon: IconCheckCircle }, done: { color: 'yellow', Icon: IconHourglass }, not_done: { color: 'red', Icon: IconTrendDown },
};

export default function RatingsPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const quarter = /^\d{4}-Q[1-4]$/.test(params.get('quy') ?? '') ? params.get('quy')! : quarterOf(todayVn());
  const year = quarter.slice(0, 4);
  const q = quarter.slice(6);
  const setQuarter = (y: string, n: string) => setParams({ quy: `${y}-Q${n}` }, { replace: true });
  // The app's "tính đến ngày": mid-quarter the rating is provisional to that day (today when empty).
  const { asOf } = useAppState();
  const state = useApi(() => api.ratings(quarter, asOf || undefined), [quarter, asOf]);
  const thisYear = Number(todayVn().slice(0, 4));
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear + 1 - i));
  if (!years.includes(year)) years.push(year);
  return (
    <>
      <PageTitle>{t('ratingsTitle')}</PageTitle>
      <Group gap="sm" mb="md" align="flex-end">
        <Select label={t('ratingsQuarter')} w={130} allowDeselect={false} value={q} onChange={(v) => v && setQuarter(year, v)}
          data={[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('periodQuarterN', { n }) }))} />
        <Select label={t('ratingsYear')} w={110} allowDeselect={false} value={year} onChange={(v) => v && setQuarter(v, q)} data={years} />
      </Group>
      <AsyncView state={state}>{(d) => <RatingTable key={d.quarter} x={d} reload={state.reload} />}</AsyncView>
    </>
  );
}

function levelWord(r: RatingRow, lang: 'vi' | 'en', t: ReturnType<typeof useI18n>['t']): string {
  if (!r.level) return t('ratingUndecided');
  return lang === 'en' ? LEVEL_EN[r.level] : LEVEL_VI[r.level];
}

function LevelBadge({ r }: { r: RatingRow }) {
  const { t, lang } = useI18n();
  const look = r.level ? LEVEL_LOOK[r.level] : { color: 'gray', Icon: IconHourglass };
  return (
    <Badge color={look.color} variant="light" tt="none" radius="sm" leftSection={<look.Icon size={14} />} data-level={r.level ?? 'none'}
      styles={{ root: { whiteSpace: 'normal', height: 'auto', minHeight: 22, paddingBlock: 2 }, label: { overflow: 'visible' } }}>
      {levelWord(r, lang, t)}
    </Badge>
  );
}

function RatingTable({ x, reload }: { x: QuarterRating; reload(): void }) {
  const { t, number } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  if (x.results.length === 0) return <Text c="dimmed">{t('ratingsNone')}</Text>;
  return (
    <Stack gap="md">
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={0}>
          <Table verticalSpacing="sm" data-testid="rating-table" data-quarter={x.quarter}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('colUnit')}</Table.Th>
                <Table.Th ta="right" visibleFrom="sm">{t('colScore')}</Table.Th>
                <Table.Th visibleFrom="sm">{t('colLevel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {x.results.map((r) => {
                const expanded = open === r.unitId;
                const marks = (
                  <Group gap={4} mt={4}>
                    {r.provisional && <Badge size="sm" variant="outline" color="gray" tt="none" leftSection={<IconHourglass size={12} />} data-testid="provisional">{t('ratingProvisional')}</Badge>}
                    {r.adjustments.length > 0 && <Badge size="sm" variant="outline" color="violet" tt="none" leftSection={<IconEdit size={12} />} data-testid="adjusted">{t('ratingAdjusted')}</Badge>}
                    {r.capped && <Badge size="sm" variant="outline" color="orange" tt="none" leftSection={<IconAlert size={12} />} data-testid="capped">{t('ratingCapped')}</Badge>}
                  </Group>
                );
                return (
                  <Fragment key={r.unitId}>
                    <Table.Tr data-unit-id={r.unitId}>
                      <Table.Td>
                        <Button variant="subtle" size="compact-sm" px={4} onClick={() => setOpen(expanded ? null : r.unitId)} aria-expanded={expanded}
                          aria-controls={`working-${r.unitId}`} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' }, root: { height: 'auto' } }}>
                          <span aria-hidden="true" style={{ marginRight: 6 }}>{expanded ? '▾' : '▸'}</span>{r.unitName ?? r.unitCode}
                        </Button>
                        <Text size="xs" c="dimmed" pl={4}>{t(expanded ? 'ratingHideWorking' : 'ratingShowWorking')}</Text>
                        <Stack hiddenFrom="sm" gap={2} mt={4}>
                          <Text size="sm"><b>{number(r.score)}</b> {t('colScore').toLowerCase()}{r.provisional ? ` (${t('ratingRange', { min: number(r.scoreRange.min), max: number(r.scoreRange.max) })})` : ''}</Text>
                          <div><LevelBadge r={r} /></div>{marks}
                        </Stack>
                      </Table.Td>
                      <Table.Td ta="right" visibleFrom="sm">
                        <Text fw={700} data-testid="score">{number(r.score)}</Text>
                        {r.provisional && <Text size="xs" c="dimmed">{t('ratingRange', { min: number(r.scoreRange.min), max: number(r.scoreRange.max) })}</Text>}
                      </Table.Td>
                      <Table.Td visibleFrom="sm"><LevelBadge r={r} />{marks}</Table.Td>
                    </Table.Tr>
                    {expanded && (
                      <Table.Tr>
                        <Table.Td colSpan={3} id={`working-${r.unitId}`} p={0}>
                          <Working r={r} quarter={x.quarter} reload={reload} />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {x.notes.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h5" mb="xs">{t('ratingNotes')}</Title>
          <List size="sm">{x.notes.map((n, i) => <List.Item key={i}>{n}</List.Item>)}</List>
        </Card>
      )}
    </Stack>
  );
}

function Working({ r, quarter, reload }: { r: RatingRow; quarter: string; reload(): void }) {
  const { t, number, date, taskStatus, targetStatus } = useI18n();
  const auth = useAuth();
  const manages = useManages();
  const roles = auth.user?.roles ?? [];
  const adjusts = auth.status !== 'signed_in' || roles.includes('leader') || roles.includes('admin');
  const pts = (p: number, m: number) => ({ points: number(p), max: number(m) });
  return (
    <Stack gap="md" p="md" bg="var(--mantine-color-gray-0)" data-testid="rating-working">
      <div>
        <Title order={3} size="h5" mb={4}>{t('ratingWorking')}</Title>
        <List size="sm" spacing={2} data-testid="working-lines">{r.working.map((w, i) => <List.Item key={i}>{w}</List.Item>)}</List>
      </div>
      <Text size="sm" fw={600}>{t('ratingGeneral', { points: r.general.points === null ? t('ratingGeneralMissing') : number(r.general.points), max: number(r.general.max) })}</Text>
      <div>
        <Title order={3} size="h5" mb={4}>{t('ratingTasks', pts(r.tasks.points, r.tasks.max))}</Title>
        {r.tasks.items.length > 0 && (
          <Table.ScrollContainer minWidth={300}>
            <Table verticalSpacing={4} fz="sm" data-testid="working-tasks">
              <Table.Thead>
                <Table.Tr><Table.Th>{t('colTask')}</Table.Th><Table.Th visibleFrom="sm">{t('colStatus')}</Table.Th><Table.Th ta="right">{t('colPoints')}</Table.Th><Table.Th ta="right">{t('colDeduction')}</Table.Th></Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.tasks.items.map((k) => (
                  <Table.Tr key={k.taskId}>
                    <Table.Td>{k.title}<Text size="xs" c="dimmed">{k.deadline ? t('deadlineLabel', { date: date(k.deadline) }) : t('noDeadline')}{k.reason ? ` · ${k.reason}` : ''}</Text></Table.Td>
                    <Table.Td visibleFrom="sm">{taskStatus(k.status)}</Table.Td>
                    <Table.Td ta="right">{number(k.points)}/{number(k.max)}</Table.Td>
                    <Table.Td ta="right">{k.deduction > 0 ? `−${number(k.deduction)}` : '0'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {r.tasks.leftOut.length > 0 && <Text size="xs" c="dimmed">{t('ratingLeftOut', { items: r.tasks.leftOut.map((l) => `${l.label} (${l.reason})`).join('; ') })}</Text>}
      </div>
      <div>
        <Title order={3} size="h5" mb={4}>{t('ratingTargets', pts(r.targets.points, r.targets.max))}</Title>
        {r.targets.items.length > 0 && (
          <List size="sm" spacing={2}>
            {r.targets.items.map((g) => <List.Item key={g.targetId}>{g.label}: {targetStatus(g.status)} — {number(g.points)}/{number(g.max)}</List.Item>)}
          </List>
        )}
        {r.targets.leftOut.length > 0 && <Text size="xs" c="dimmed">{t('ratingLeftOut', { items: r.targets.leftOut.map((l) => `${l.label} (${l.reason})`).join('; ') })}</Text>}
      </div>
      <Text size="sm"><b>{t('ratingReport', pts(r.report.points, r.report.max))}</b>: {r.report.label}</Text>
      {r.adjustments.length > 0 && (
        <div data-testid="adjustments">
          <Title order={3} size="h5" mb={4}>{t('ratingAdjustments')}</Title>
          <List size="sm" spacing={2}>
            {r.adjustments.map((a, i) => (
              <List.Item key={i}>{t('ratingAdjustmentLine', { by: a.by, from: `${number(a.from.score)} (${LEVEL_VI[a.from.level]})`, to: `${number(a.to.score)} (${LEVEL_VI[a.to.level]})`, reason: a.reason })}</List.Item>
            ))}
          </List>
        </div>
      )}
      {r.capped && <Alert color="orange" p="xs">{t('ratingCapped')}: {r.capped.reason}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {manages && <GeneralForm r={r} quarter={quarter} reload={reload} />}
        {adjusts && <AdjustForm r={r} quarter={quarter} reload={reload} />}
      </SimpleGrid>
    </Stack>
  );
}

function GeneralForm({ r, quarter, reload }: { r: RatingRow; quarter: string; reload(): void }) {
  const { t, number } = useI18n();
  const [points, setPoints] = useState<number | ''>(r.general.points ?? '');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (typeof points !== 'number') return;
    setBusy(true);
    setMsg(null);
    try {
      await api.ratingGeneral(quarter, r.unitId, points, note.trim());
      setMsg({ ok: true, text: t('generalSaved') });
      reload();
    } catch (err) {
      setMsg({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={t('generalTitle')} data-testid="general-form">
      <Title order={3} size="h5" mb="xs">{t('generalTitle')}</Title>
      <Stack gap="xs">
        {msg && <Alert color={msg.ok ? 'teal' : 'red'} role={msg.ok ? 'status' : 'alert'} p="xs">{msg.text}</Alert>}
        <NumberInput label={t('generalPoints', { max: number(r.general.max) })} required min={0} max={r.general.max} value={points}
          onChange={(v) => setPoints(typeof v === 'number' ? v : '')} decimalSeparator="," hideControls />
        <TextInput label={t('generalNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        <Group><Button type="submit" size="sm" loading={busy} disabled={typeof points !== 'number'}>{t('save')}</Button></Group>
      </Stack>
    </Card>
  );
}

function AdjustForm({ r, quarter, reload }: { r: RatingRow; quarter: string; reload(): void }) {
  const { t, lang } = useI18n();
  const [mode, setMode] = useState<'score' | 'level'>('score');
  const [score, setScore] = useState<number | ''>('');
  const [level, setLevel] = useState<RatingLevel | null>(null);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ reason?: string; value?: string }>({});
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const errs: typeof errors = {};
    if (!reason.trim()) errs.reason = t('adjustReasonRequired');
    if (mode === 'score' ? typeof score !== 'number' : !level) errs.value = t('adjustValueRequired');
    setErrors(errs);
    if (errs.reason || errs.value) return;
    setBusy(true);
    setMsg(null);
    try {
      await api.ratingAdjust(quarter, r.unitId, mode === 'score' ? { score: score as number, reason: reason.trim() } : { level: level!, reason: reason.trim() });
      setMsg({ ok: true, text: t('adjustSaved') });
      reload();
    } catch (err) {
      setMsg({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }
  const rid = `adjust-reason-${r.unitId}`;
  return (
    <Card withBorder component="form" onSubmit={submit} noValidate aria-label={t('adjustTitle')} data-testid="adjust-form">
      <Title order={3} size="h5" mb="xs">{t('adjustTitle')}</Title>
      <Stack gap="xs">
        {msg && <Alert color={msg.ok ? 'teal' : 'red'} role={msg.ok ? 'status' : 'alert'} p="xs" data-testid="adjust-message">{msg.text}</Alert>}
        <SegmentedControl value={mode} onChange={(v) => setMode(v as 'score' | 'level')} aria-label={t('adjustMode')}
          data={[{ value: 'score', label: t('adjustByScore') }, { value: 'level', label: t('adjustByLevel') }]} />
        {mode === 'score' ? (
          <NumberInput label={t('adjustScore')} min={0} max={100} value={score} onChange={(v) => setScore(typeof v === 'number' ? v : '')}
            decimalSeparator="," hideControls error={errors.value} />
        ) : (
          <Select label={t('adjustLevel')} value={level} onChange={(v) => setLevel(v as RatingLevel | null)} error={errors.value}
            data={LEVELS.map((l) => ({ value: l, label: lang === 'en' ? LEVEL_EN[l] : LEVEL_VI[l] }))} />
        )}
        <Textarea id={rid} label={t('adjustReason')} description={t('adjustReasonHint')} required autosize minRows={2} value={reason}
          onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
        <Group><Button type="submit" size="sm" color="violet" loading={busy}>{t('adjustButton')}</Button></Group>
      </Stack>
    </Card>
  );
}
