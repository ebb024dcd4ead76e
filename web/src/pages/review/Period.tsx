// Một kỳ báo cáo: completeness and timeliness per unit (in words), the reminders, a link to each
// unit's report, and the review report of the period. An officer goes straight to their unit's report.
import { Alert, Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { api } from '../../api.ts';
import { useAppState } from '../../app-state.tsx';
import { useAuth } from '../../auth.tsx';
import { AsyncView, useApi } from '../../components/Async.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SubmissionBadge, TimelinessBadge } from '../../components/ReportingBadges.tsx';
import { ReminderActions } from '../../components/ReminderActions.tsx';
import { ReviewDownload } from '../../components/ReviewDownload.tsx';
import { useI18n } from '../../i18n.tsx';
import type { PeriodOverview } from '../../../../src/contract/index.ts';
import { periodText } from './period-code.ts';
import { useManages } from './Periods.tsx';

export default function PeriodPage() {
  const { id = '' } = useParams();
  const { asOf } = useAppState();
  const state = useApi(() => api.period(id, asOf || undefined), [id, asOf]);
  return <AsyncView state={state}>{(d) => <Period x={d} reload={state.reload} />}</AsyncView>;
}

const unitPath = (periodId: string, unitId: string) => `/ky-bao-cao/${encodeURIComponent(periodId)}/don-vi/${encodeURIComponent(unitId)}`;

function Period({ x, reload }: { x: PeriodOverview; reload(): void }) {
  const { t, date, lang } = useI18n();
  const auth = useAuth();
  const manages = useManages();
  const location = useLocation();
  const opened = Boolean((location.state as { opened?: boolean } | null)?.opened);
  const own = auth.user?.unitId ? x.units.find((u) => u.unitId === auth.user!.unitId) : undefined;
  const readsAll = manages || (auth.user?.roles ?? []).includes('leader');
  // An officer of one unit has only their own report to see here: straight to it.
  if (!readsAll && own && x.units.length === 1) return <Navigate to={unitPath(x.id, own.unitId)} replace />;
  const c = x.completeness;
  const sent = c.onTime + c.late;
  const stat = (label: string, n: number, testid: string) => (
    <Card withBorder padding="sm" data-testid={testid}>
      <Text size="xs" c="dimmed" fw={600}>{label}</Text>
      <Text fw={700} size="xl">{n.toLocaleString('vi-VN')}</Text>
    </Card>
  );
  return (
    <>
      <PageTitle text={x.title}>{x.title}</PageTitle>
      <Text c="dimmed" mt={-8} mb="md">
        {periodText(x.period, lang)} · {t('periodRange', { start: date(x.start), end: date(x.end), due: date(x.dueOn) })}
      </Text>
      <Stack gap="lg">
        {opened && <Alert color="teal" role="status">{t('periodOpened')}</Alert>}
        {own && (
          <Group>
            <Anchor component={Link} to={unitPath(x.id, own.unitId)} fw={600} data-testid="my-unit-report">{t('myUnitReport')}: {own.unitName}</Anchor>
          </Group>
        )}
        <Text fw={600} data-testid="period-completeness">{t('periodCompleteness', { sent, expected: c.expected, accepted: c.accepted })}</Text>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          {stat(t('periodOnTime'), c.onTime, 'count-on-time')}
          {stat(t('periodLate'), c.late, 'count-late')}
          {stat(t('periodMissing'), c.missing, 'count-missing')}
          {stat(t('periodPending'), c.pending, 'count-pending')}
        </SimpleGrid>
        <Card withBorder padding={0}>
          <Title order={2} size="h4" p="md" pb="xs">{t('periodUnits')}</Title>
          {x.units.length === 0 ? <Text c="dimmed" p="md" pt={0}>{t('periodNoUnits')}</Text> : (
            <Table.ScrollContainer minWidth={320}>
              <Table verticalSpacing="sm" data-testid="period-units">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('colUnit')}</Table.Th>
                    <Table.Th>{t('colStatus')}</Table.Th>
                    <Table.Th visibleFrom="sm">{t('colTimeliness')}</Table.Th>
                    <Table.Th visibleFrom="md">{t('colSubmittedOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {x.units.map((u) => (
                    <Table.Tr key={u.unitId} data-unit-id={u.unitId}>
                      <Table.Td>
                        <Anchor component={Link} to={unitPath(x.id, u.unitId)} fw={600}>{u.unitName}</Anchor>
                        {u.returnReason && u.status === 'returned' && <Text size="xs" c="dimmed">{t('returnReasonShort', { reason: u.returnReason })}</Text>}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={4} align="flex-start">
                          <SubmissionBadge status={u.status} size="sm" />
                          <Text hiddenFrom="sm" component="div"><TimelinessBadge value={u.timeliness} size="sm" /></Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td visibleFrom="sm"><TimelinessBadge value={u.timeliness} size="sm" /></Table.Td>
                      <Table.Td visibleFrom="md">{date(u.submittedOn)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
        {readsAll && (
          <Card withBorder data-testid="reminders">
            <Title order={2} size="h4" mb="xs">{t('periodReminders')} <Badge variant="light" color={x.reminders.length ? 'orange' : 'gray'}>{x.reminders.length}</Badge></Title>
            {x.reminders.length === 0 ? <Text c="dimmed">{t('periodNoReminders')}</Text> : (
              <List spacing={4}>
                {x.reminders.map((u) => (
                  <List.Item key={u.unitId}>
                    <Anchor component={Link} to={unitPath(x.id, u.unitId)}>{u.unitName}</Anchor> — <TimelinessBadge value={u.timeliness} size="sm" />
                    {u.remindedOn && <Text span size="xs" c="dimmed"> · {t('remindedOn', { date: date(u.remindedOn), n: u.reminders })}</Text>}
                  </List.Item>
                ))}
              </List>
            )}
            {manages && x.reminders.length > 0 && <RemindButton periodId={x.id} n={x.reminders.length} onDone={reload} />}
          </Card>
        )}
        <Card withBorder>
          <Title order={2} size="h4" mb="xs">{t('reviewReportTitle')}</Title>
          <Text size="sm" c="dimmed" mb="sm">{t('reviewIntro')}</Text>
          <ReviewDownload period={x.period} />
        </Card>
      </Stack>
    </>
  );
}

/** Đôn đốc: one click reminds every unit still missing or not submitted (each at most once a day). */
function RemindButton({ periodId, n, onDone }: { periodId: string; n: number; onDone(): void }) {
  const { t } = useI18n();
  return (
    <ReminderActions
      label={t('remindAll', { n })}
      send={async () => {
        const r = await api.remind(periodId);
        onDone();
        return r;
      }}
      sent={(total) => (total ? t('remindSent', { n: total }) : t('remindNone'))}
      letterPath={api.reminderLetterPath(periodId)}
      letterName="cong-van-don-doc.docx"
    />
  );
}
