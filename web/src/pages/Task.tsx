// Một nhiệm vụ: the six clears, its status and progress, the source sentence, its files and product,
// every step in one timeline with the thread of directions and comments, and the forms to report.
import { Alert, Anchor, Button, Card, Grid, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { api } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { useAuth } from '../auth.tsx';
import { AsyncView, useApi } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SourceQuote } from '../components/SourceQuote.tsx';
import { TaskStatusBadge } from '../components/StatusBadge.tsx';
import { allowedReports, mayAttach } from '../components/task/report-rights.ts';
import { ReportForm } from '../components/task/TaskReportForm.tsx';
import { TaskFiles } from '../components/task/TaskFiles.tsx';
import { TaskThread } from '../components/task/TaskThread.tsx';
import { TaskTimeline } from '../components/task/TaskTimeline.tsx';
import { TaskRelated } from '../components/task/TaskRelated.tsx';
import { useI18n } from '../i18n.tsx';
import type { AttachmentItem, TaskDetail } from '../../../src/contract/index.ts';

export function TaskPage() {
  const { id = '' } = useParams();
  const { asOf } = useAppState();
  const state = useApi(() => api.task(id, asOf || undefined), [id, asOf]);
  const files = useApi(() => api.attachments(id).then((r) => r.items).catch(() => []), [id]);
  return (
    <AsyncView state={state} notFound="taskNotFound">
      {(x) => <Task x={x} files={files.data ?? []} onChange={state.setData} onFiles={files.reload} />}
    </AsyncView>
  );
}

function Clear({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Grid gap="xs" component="div">
      <Grid.Col span={{ base: 12, sm: 4 }}><Text fw={600} size="sm">{label}</Text></Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}><div>{children}</div></Grid.Col>
    </Grid>
  );
}

function Task({ x, files, onChange, onFiles }: { x: TaskDetail; files: AttachmentItem[]; onChange(t: TaskDetail): void; onFiles(): void }) {
  const { t, date, number } = useI18n();
  const { unitName, units } = useAppState();
  const auth = useAuth();
  const allowed = allowedReports(auth.user, auth.status !== 'signed_in', x, units);
  const ev = x.evaluation;
  const unitLink = (id: string) => <Anchor component={Link} to={`/don-vi/${id}`} key={id}>{unitName(id)}</Anchor>;
  return (
    <>
      <PageTitle text={x.title} right={allowed === 'all' ? <Button variant="default" component={Link} to={`/nhiem-vu/${encodeURIComponent(x.id)}/sua`}>{t('editTask')}</Button> : undefined}>{x.title}</PageTitle>
      <Group gap="sm" mb="md" mt={-8}>
        <span data-testid="task-status"><TaskStatusBadge status={x.status} size="lg" /></span>
        {ev.daysOverdue ? <Text size="sm" c="red.8" fw={600}>{t('daysOverdue', { n: ev.daysOverdue })}</Text> : null}
        {ev.extensions > 0 && <Text size="sm">{t('extensions', { n: ev.extensions })}</Text>}
        <Text size="sm" c="dimmed">{t('asOf')}: {date(x.asOf)}</Text>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <Card withBorder>
              <Group justify="space-between" mb={4}>
                <Text fw={600}>{t('colProgress')}</Text>
                <Text fw={700} data-testid="task-progress">{ev.progress === null ? '—' : `${number(ev.progress, 0)}%`}</Text>
              </Group>
              <Progress value={ev.progress ?? 0} size="lg" aria-label={t('colProgress')} />
            </Card>
            <Card withBorder component="section" aria-labelledby="six-clears">
              <Title order={2} size="h4" mb="sm" id="six-clears">{t('sixClears')}</Title>
              <Stack gap="sm">
                <Clear label={t('clearWork')}>{x.title}</Clear>
                <Clear label={t('clearResponsibility')}>
                  <Text size="sm">{t('leadUnit')}: {x.leadUnitId ? unitLink(x.leadUnitId) : '—'}</Text>
                  {x.coUnitIds.length > 0 && (
                    <Text size="sm">{t('coUnits')}: {x.coUnitIds.map((id, i) => <span key={id}>{i > 0 && ', '}{unitLink(id)}</span>)}</Text>
                  )}
                </Clear>
                <Clear label={t('clearPerson')}>{x.personInCharge ?? '—'}</Clear>
                <Clear label={t('clearAuthority')}>{x.authority ?? '—'}</Clear>
                <Clear label={t('clearProduct')}>{x.product ?? '—'}</Clear>
                <Clear label={t('clearTime')}>
                  <Text size="sm">{t('assignedOn')}: {date(x.assignedOn)}</Text>
                  <Text size="sm">{t('deadline')}: {x.deadline ? date(x.deadline) : x.recurring ? t('recurring') : t('noDeadline')}
                    {ev.deadline && ev.deadline !== x.deadline ? ` → ${date(ev.deadline)}` : ''}</Text>
                  {x.latest && <Text size="sm">{t('latestDeadline')}: {date(x.latest)}</Text>}
                </Clear>
              </Stack>
              <TaskRelated x={x} />
            </Card>
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">{t('targetSource')}</Title>
              <SourceQuote source={x.source} />
            </Card>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            {allowed === 'all' || allowed.size > 0 ? <ReportForm key={x.id} x={x} allowed={allowed} onDone={onChange} /> : (
              <Alert color="gray" variant="light" data-testid="read-only-task">{t('readOnlyTask')}</Alert>
            )}
            <Card withBorder component="section" aria-labelledby="reports-title">
              <Title order={2} size="h4" mb="sm" id="reports-title">{t('reportsTitle')}</Title>
              <TaskThread key={x.id} x={x} allowed={allowed} onDone={onChange} />
              <TaskTimeline x={x} files={files} />
            </Card>
            <TaskFiles taskId={x.id} items={files} mayUpload={mayAttach(allowed)} onUploaded={onFiles} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
