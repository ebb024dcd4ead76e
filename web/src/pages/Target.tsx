// Một chỉ tiêu: its goal and status, the chart of figures against the path, the forecast, the source
// sentence, the figures entered (each corrected or withdrawn with a reason), and the form to enter a new one.
import { Alert, Button, Card, Grid, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { Suspense, lazy, useState } from 'react';
import { Link, useParams } from 'react-router';
import { parsePeriod, periodLabelVi } from '../../../src/domain/period.ts';
import { STANDINGS, type Standing } from '../../../src/domain/observation.ts';
import { api } from '../api.ts';
import { unitOptions, useAppState } from '../app-state.tsx';
import { AsyncView, Loading, errorMessage, useApi } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SourceQuote, sourceLink } from '../components/SourceQuote.tsx';
import { TargetStatusBadge } from '../components/StatusBadge.tsx';
import { goalText } from '../components/TargetTable.tsx';
import { useI18n } from '../i18n.tsx';
import type { TargetDetail, TaskItem } from '../../../src/contract/index.ts';
import { TaskTable } from '../components/TaskTable.tsx';
import { FigureActions } from '../components/FigureActions.tsx';
import { useAuth } from '../auth.tsx';
import { Anchor } from '@mantine/core';
import { indicatorName, useIndicators } from '../indicators.ts';

const TargetChart = lazy(() => import('../components/TargetChart.tsx'));

export function TargetPage() {
  const { id = '' } = useParams();
  const { asOf } = useAppState();
  const state = useApi(async () => {
    const [x, tasks] = await Promise.all([api.target(id, asOf || undefined), api.tasks({ targetId: id, asOf: asOf || undefined, limit: 100 })]);
    return { x, tasks: tasks.items };
  }, [id, asOf]);
  return <AsyncView state={state} notFound="targetNotFound">{(d) => <Target x={d.x} tasks={d.tasks} reload={state.reload} />}</AsyncView>;
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">{label}</Text>
      <Text>{children}</Text>
    </div>
  );
}

function Target({ x, tasks, reload }: { x: TargetDetail; tasks: TaskItem[]; reload(): void }) {
  const { t, amount, group, ratio, standing, date } = useI18n();
  const { unitName } = useAppState();
  const auth = useAuth();
  const roles = auth.user?.roles ?? [];
  // Figures are entered by the secretariat and by unit officers (the server checks the unit).
  const entersFigures = auth.status !== 'signed_in' || roles.some((r) => r === 'admin' || r === 'secretariat' || r === 'officer');
  return (
    <>
      <PageTitle text={x.label} right={<TargetStatusBadge status={x.status} label={x.statusLabel} size="lg" />}>{x.label}</PageTitle>
      <Text c="dimmed" mt={-8} mb="md">{group(x.group)} · {t('asOf')}: {date(x.asOf)}</Text>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Card withBorder>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
                <Fact label={t('targetGoal')}>{goalText(x, amount)} ({x.periodLabel})</Fact>
                <Fact label={t('targetLatest')}>{x.latest ? `${amount(x.latest.value, x.latest.unit)} (${x.latest.periodLabel}, ${standing(x.latest.standing).toLowerCase()})` : t('noneYet')}</Fact>
                <Fact label={t('targetBaseline')}>{x.baselineValue !== null ? `${amount(x.baselineValue, x.unit)}${x.baselinePeriod ? ` (${periodLabelVi(parsePeriod(x.baselinePeriod)!)})` : ''}` : '—'}</Fact>
                <Fact label={t('targetRatio')}>{ratio(x.ratio)}</Fact>
                <Fact label={t('targetOwner')}>{x.ownerUnitId ? <Anchor component={Link} to={`/don-vi/${x.ownerUnitId}`}>{unitName(x.ownerUnitId)}</Anchor> : '—'}</Fact>
              </SimpleGrid>
              <Alert mt="md" color={x.status === 'achieved' || x.status === 'on_track' ? 'teal' : x.status === 'no_data' ? 'gray' : 'orange'} title={t('targetForecast')} data-testid="forecast">
                {x.forecast.note}
              </Alert>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">{t('targetChart')}</Title>
              <Suspense fallback={<Loading />}>
                <TargetChart target={x} />
              </Suspense>
              <Text size="xs" c="dimmed" mt="xs">
                {t('chartSummary', { n: x.observations.length, goal: goalText(x, amount), period: x.periodLabel })}
              </Text>
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">{t('targetFigures')}</Title>
              {x.observations.length === 0 ? <Text c="dimmed">{t('targetNoFigures')}</Text> : (
                <Table.ScrollContainer minWidth={300}>
                  <Table verticalSpacing="xs" data-testid="figure-table">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('colPeriod')}</Table.Th>
                        <Table.Th ta="right">{t('colValue')}</Table.Th>
                        <Table.Th visibleFrom="sm">{t('colStanding')}</Table.Th>
                        <Table.Th visibleFrom="sm">{t('figureUnit')}</Table.Th>
                        <Table.Th visibleFrom="md">{t('colSource')}</Table.Th>
                        <Table.Th w={40}><VisuallyHidden>{t('figureActions')}</VisuallyHidden></Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {x.observations.map((o) => {
                        const link = sourceLink(o.source);
                        return (
                          <Table.Tr key={o.id}>
                            <Table.Td>{o.periodLabel}</Table.Td>
                            <Table.Td ta="right" fw={600}>{amount(o.value, o.unit)}</Table.Td>
                            <Table.Td visibleFrom="sm">{standing(o.standing)}</Table.Td>
                            <Table.Td visibleFrom="sm">{o.unitId ? unitName(o.unitId) : t('wholeCity')}</Table.Td>
                            <Table.Td visibleFrom="md">{link ? <Anchor component={Link} to={link} size="sm">{t('openInDocument')}</Anchor> : '—'}</Table.Td>
                            <Table.Td><FigureActions o={o} mayChange={entersFigures} onChanged={reload} /></Table.Td>
                          </Table.Tr>
                        );
                      })}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
            </Card>
            <Card withBorder padding={0} data-testid="linked-tasks">
              <Title order={2} size="h4" p="md" pb={0}>{t('linkedTasks')} ({tasks.length})</Title>
              {tasks.length === 0 ? <Text c="dimmed" p="md">{t('noneYet')}</Text> : <TaskTable items={tasks} />}
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">{t('targetSource')}</Title>
              <SourceQuote source={x.source} />
            </Card>
            {entersFigures && <FigureForm x={x} onSaved={reload} />}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

function FigureForm({ x, onSaved }: { x: TargetDetail; onSaved(): void }) {
  const { t, standing, unitWord, lang } = useI18n();
  const { units } = useAppState();
  const [period, setPeriod] = useState('');
  const [value, setValue] = useState<string | number>('');
  const [std, setStd] = useState<Standing>('official');
  const [scope, setScope] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const parsed = period.trim() ? parsePeriod(period) : null;
  const periodError = period.trim() && !parsed ? t('figurePeriodInvalid') : undefined;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!parsed || typeof value !== 'number') return;
    setBusy(true);
    setMsg(null);
    try {
      await api.createObservation({ indicator: x.indicator, period: parsed.code, value, unit: x.unit, standing: std, unitId: scope });
      setMsg({ ok: true, text: t('figureSaved') });
      setPeriod('');
      setValue('');
      onSaved();
    } catch (err) {
      setMsg({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }
  const unitText = unitWord(x.unit) || x.unit;
  // The indicator's name from GET /api/indicators (the key while the lexicon loads or lacks it).
  useIndicators();
  const indicator = indicatorName(x.indicator, lang);
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="figure-form-title">
      <Title order={2} size="h4" mb="sm" id="figure-form-title">{t('addFigure')}</Title>
      <Stack gap="sm">
        {msg && <Alert color={msg.ok ? 'teal' : 'red'} role={msg.ok ? 'status' : 'alert'}>{msg.text}</Alert>}
        {indicator && <Text size="sm" c="dimmed" data-testid="figure-indicator">{t('indicatorLabel', { name: indicator })}</Text>}
        <TextInput label={t('figurePeriod')} description={t('figurePeriodHint')} value={period} name="period" required
          onChange={(e) => setPeriod(e.currentTarget.value)} error={periodError}
          rightSection={undefined} />
        {parsed && <Text size="sm" c="teal.8" aria-live="polite">→ {lang === 'vi' ? periodLabelVi(parsed) : parsed.code}</Text>}
        <NumberInput label={`${t('figureValue')}${unitText && unitText !== '%' ? ` (${unitText})` : x.unit === '%' ? ' (%)' : ''}`} name="value" required
          value={value} onChange={setValue} decimalSeparator="," thousandSeparator="." allowDecimal hideControls />
        <Select label={t('figureStanding')} data={STANDINGS.map((s) => ({ value: s, label: standing(s) }))} value={std}
          onChange={(v) => setStd((v as Standing) ?? 'official')} allowDeselect={false} />
        <Select label={t('figureUnit')} data={[{ value: '', label: t('wholeCity') }, ...unitOptions(units)]} value={scope ?? ''}
          onChange={(v) => setScope(v || null)} searchable allowDeselect={false} />
        <Group><Button type="submit" loading={busy} disabled={!parsed || typeof value !== 'number'}>{t('save')}</Button></Group>
      </Stack>
    </Card>
  );
}
