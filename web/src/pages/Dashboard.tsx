// Tổng quan: how many targets are reached, which are at risk, how the tasks stand, who is late.
import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Suspense, lazy } from 'react';
import { Link } from 'react-router';
import { TARGET_STATUSES } from '../../../src/domain/target-status.ts';
import { TASK_STATUSES } from '../../../src/domain/task-status.ts';
import { api } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { TaskReminderCard, useTaskPicks, type TaskPick } from '../components/task/TaskReminders.tsx';
import { RemindPick } from '../components/task/RemindPick.tsx';
import { AsyncView, useApi } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { TARGET_LOOK, TASK_LOOK, TargetStatusBadge, TaskStatusBadge } from '../components/StatusBadge.tsx';
import { useI18n } from '../i18n.tsx';
// The congress season's card: loaded after the dashboard, and only says something while a season is open.
const SeasonCard = lazy(() => import('./congress/SeasonCard.tsx'));
import type { SummaryResponse, SummaryTarget, SummaryTaskRef, UnitTaskSummary } from '../../../src/contract/index.ts';

export function DashboardPage() {
  const { asOf } = useAppState();
  const { t } = useI18n();
  const state = useApi(() => api.summary({ asOf: asOf || undefined }), [asOf]);
  return (
    <>
      <PageTitle>{t('dashTitle')}</PageTitle>
      <AsyncView state={state}>{(s) => <Dashboard s={s} reload={state.reload} />}</AsyncView>
    </>
  );
}

function Dashboard({ s, reload }: { s: SummaryResponse; reload(): void }) {
  const { t, lang, ratio, date, clock } = useI18n();
  const tg = s.targets;
  const tk = s.tasks;
  const headline = lang === 'vi' ? tg.headlineVi : t('headline', { achieved: tg.achieved, assessed: tg.assessed });
  const asOfQ = `asOf=${s.asOf}`;
  // Đôn đốc: the tasks ticked in the two lists below.
  const picks = useTaskPicks();
  const pick = picks.reminds ? picks.pick : undefined;
  return (
    <Stack gap="lg">
      <Text c="dimmed" size="sm">{t('asOf')}: {date(s.asOf)} · <span data-testid="computed-at">{t('dashComputedAt', { time: clock(s.computedAt) })}</span></Text>
      <Suspense fallback={null}><SeasonCard /></Suspense>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="dash-targets">
          <Text id="dash-targets" size="sm" c="dimmed" fw={600} tt="uppercase">{t('dashTargetsHeading')}</Text>
          <Title order={2} size="h2" mt={4} data-testid="targets-headline">{headline}</Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('headlineDetail', { total: tg.total, noData: tg.counts.no_data })}
          </Text>
          {tg.terms.length > 0 && (
            <Stack gap={2} mb="md" data-testid="term-results" aria-label={t('dashTerms')}>
              {tg.terms.map((r) => (
                <Text key={r.term} size="sm" data-term={r.term}>
                  <Text span fw={600}>{t('dashTerm', { from: r.term.slice(0, 4), to: r.term.slice(5) })}</Text>
                  {': '}
                  {r.assessed === 0 ? <Text span c="dimmed">{t('dashTermNotYet', { total: r.total })}</Text> : (
                    <>
                      {lang === 'vi' ? r.headlineVi : t('headline', { achieved: r.achieved, assessed: r.assessed })}
                      {r.counts.no_data > 0 && <Text span c="dimmed"> · {t('dashTermNoData', { n: r.counts.no_data, total: r.total })}</Text>}
                    </>
                  )}
                </Text>
              ))}
            </Stack>
          )}
          <Progress.Root size="lg" aria-hidden="true" mb="sm">
            {TARGET_STATUSES.map((st) => tg.counts[st] > 0 && (
              <Progress.Section key={st} value={(tg.counts[st] / Math.max(1, tg.total)) * 100} color={TARGET_LOOK[st].color} />
            ))}
          </Progress.Root>
          <Title order={3} size="h5" mb={4}>{t('dashTargetsByStatus')}</Title>
          <CountList
            rows={TARGET_STATUSES.map((st) => ({
              key: st, to: `/chi-tieu?status=${st}`, count: tg.counts[st], total: tg.total,
              badge: <TargetStatusBadge status={st} size="sm" />,
            }))}
          />
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="dash-tasks">
          <Text id="dash-tasks" size="sm" c="dimmed" fw={600} tt="uppercase">{t('dashTasksHeading')}</Text>
          <Title order={2} size="h2" mt={4} data-testid="tasks-headline">
            {t('dashDoneOfAll', { done: tk.done, total: tk.total, rate: ratio(tk.doneRate) })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('dashDoneOfDeadline', { done: tk.done - tk.counts.done_no_deadline, total: tk.withDeadline, rate: ratio(tk.doneRateWithDeadline) })}
          </Text>
          <Text size="sm" c="dimmed" mb="md">{t('dashOnTime', { rate: ratio(tk.onTimeRate) })}</Text>
          <Progress.Root size="lg" aria-hidden="true" mb="sm">
            {TASK_STATUSES.map((st) => tk.counts[st] > 0 && (
              <Progress.Section key={st} value={(tk.counts[st] / Math.max(1, tk.total)) * 100} color={TASK_LOOK[st].color} />
            ))}
          </Progress.Root>
          <Title order={3} size="h5" mb={4}>{t('dashTasksByStatus')}</Title>
          <CountList
            rows={TASK_STATUSES.map((st) => ({
              key: st, to: `/nhiem-vu?status=${st}&${asOfQ}`, count: tk.counts[st], total: tk.total,
              badge: <TaskStatusBadge status={st} size="sm" />,
            }))}
          />
        </Card>
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <TargetList title={t('dashAtRisk')} list={tg.atRisk} more={`/chi-tieu?status=at_risk`} />
        <TargetList title={t('dashOffTrack')} list={tg.offTrack} more={`/chi-tieu?status=off_track`} />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <TaskList title={t('dashOverdue')} total={tk.overdue.total} items={tk.overdue.items} names={s.unitNames} empty={t('dashNoOverdue')}
          more={`/nhiem-vu?status=in_progress_overdue&${asOfQ}`} pick={pick} />
        <TaskList title={t('dashDueSoon')} total={tk.dueSoon.total} items={tk.dueSoon.items} names={s.unitNames} empty={t('dashNoDueSoon')}
          more={`/nhiem-vu?status=due_soon&${asOfQ}`} pick={pick} />
      </SimpleGrid>
      {/* Only when this reader may remind one of the tasks shown (a leader: of their units). */}
      {pick && [...tk.overdue.items, ...tk.dueSoon.items].some((x) => x.mayRemind) && (
        <TaskReminderCard picked={[...pick.picked]} again={picks.again} onDone={() => { picks.clear(); reload(); }} />
      )}

      <UnitRanking rows={tk.byUnit} />
    </Stack>
  );
}

function CountList({ rows }: { rows: { key: string; to: string; count: number; total: number; badge: React.ReactNode }[] }) {
  const { number } = useI18n();
  return (
    <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((r) => (
        <li key={r.key}>
          <Anchor component={Link} to={r.to} underline="hover" c="inherit" display="block" py={2}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              {r.badge}
              <Text fw={700} ff="monospace" data-count={r.key}>{number(r.count, 0)}</Text>
            </Group>
          </Anchor>
        </li>
      ))}
    </Stack>
  );
}

function TargetList({ title, list, more }: { title: string; list: { total: number; items: SummaryTarget[] }; more: string }) {
  const { t, amount } = useI18n();
  const { items, total } = list;
  return (
    <Card withBorder padding="lg" component="section">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">{title} ({total})</Title>
        {total > 0 && <Anchor component={Link} to={more} size="sm">{t('more')}</Anchor>}
      </Group>
      {items.length === 0 ? <Text c="dimmed" size="sm">{t('dashNoRisk')}</Text> : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((x) => (
            <li key={x.id}>
              <Anchor component={Link} to={`/chi-tieu/${x.id}`} fw={600}>{x.label}</Anchor>
              <Group gap="xs" mt={4}>
                <TargetStatusBadge status={x.status} label={x.statusLabel} size="sm" />
                <Text size="sm">
                  {t('targetLatest')}: {x.latest ? `${amount(x.latest.value, x.latest.unit)} (${x.latest.periodLabel})` : '—'}
                  {' · '}{t('targetGoal')}: {amount(x.value, x.unit)} ({x.periodLabel})
                </Text>
              </Group>
              <Text size="sm" c="dimmed">{x.forecastNote}</Text>
            </li>
          ))}
        </Stack>
      )}
      {total > items.length && <Text size="xs" c="dimmed" mt="sm">{t('dashShown', { shown: items.length, total })}</Text>}
    </Card>
  );
}

function TaskList({ title, total, items, names, empty, more, pick }: { title: string; total: number; items: SummaryTaskRef[]; names: Record<string, string>; empty: string; more: string; pick?: TaskPick | undefined }) {
  const { t, date, number } = useI18n();
  // Grouped by lead unit: who has to act is the first thing a leader asks.
  const groups = new Map<string, SummaryTaskRef[]>();
  for (const x of items) groups.set(x.leadUnitId ?? '', [...(groups.get(x.leadUnitId ?? '') ?? []), x]);
  return (
    <Card withBorder padding="lg" component="section">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">{title} ({total})</Title>
        {total > 0 && <Anchor component={Link} to={more} size="sm">{t('more')}</Anchor>}
      </Group>
      {items.length === 0 ? <Text c="dimmed" size="sm">{empty}</Text> : (
        <Stack gap="md">
          {[...groups].map(([unitId, list]) => (
            <div key={unitId}>
              <Text size="sm" fw={700} c="dimmed">{unitId ? <Anchor component={Link} to={`/don-vi/${unitId}`} c="dimmed" inherit>{names[unitId] ?? unitId}</Anchor> : '—'}</Text>
              <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {list.map((x) => (
                  <li key={x.id}>
                    <RemindPick x={x} pick={pick}><Anchor component={Link} to={`/nhiem-vu/${x.id}`}>{x.title}</Anchor></RemindPick>
                    <Group gap="xs" mt={2}>
                      <TaskStatusBadge status={x.status} size="sm" />
                      <Text size="sm">{t('colDeadline')}: {date(x.deadline)}</Text>
                      {x.progress !== null && <Text size="sm">· {t('colProgress')}: {number(x.progress, 0)}%</Text>}
                    </Group>
                  </li>
                ))}
              </Stack>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function UnitRanking({ rows }: { rows: UnitTaskSummary[] }) {
  const { t, ratio, number } = useI18n();
  return (
    <Card withBorder padding="lg" component="section">
      <Title order={2} size="h4" mb="sm">{t('dashUnitsRank')}</Title>
      <Table.ScrollContainer minWidth={320}>
        <Table striped highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>{t('colRank')}</Table.Th>
              <Table.Th>{t('colUnit')}</Table.Th>
              <Table.Th ta="right">{t('colOnTime')}</Table.Th>
              <Table.Th ta="right">{t('colDone')}</Table.Th>
              <Table.Th ta="right" visibleFrom="sm">{t('colOverdue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {/* In the server's order: the ranking is cut there, so it is the one to keep. */}
            {rows.map((u, i) => (
              <Table.Tr key={u.unitId}>
                <Table.Td>{i + 1}</Table.Td>
                <Table.Td><Anchor component={Link} to={`/don-vi/${u.unitId}`}>{u.unitName}</Anchor></Table.Td>
                <Table.Td ta="right" fw={600}>{ratio(u.onTimeRate)}</Table.Td>
                <Table.Td ta="right">{number(u.done, 0)}/{number(u.total, 0)}</Table.Td>
                <Table.Td ta="right" visibleFrom="sm">{number(u.overdue, 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
