// Một nhiệm vụ: the six clears, its status and progress, the source sentence, its reports as a
// timeline, and the forms to report progress, complete, return, and request or decide an extension.
import { Alert, Anchor, Button, Card, Grid, Group, NumberInput, Progress, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ReportKind } from '../../../src/domain/task.ts';
import { api, type ReportInput } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { useAuth } from '../auth.tsx';
import { AsyncView, errorMessage, useApi } from '../components/Async.tsx';
import { IconCalendar, IconCheckCircle, IconNote, IconPause, IconPlay, IconReturn } from '../components/icons.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { SourceQuote } from '../components/SourceQuote.tsx';
import { TaskStatusBadge } from '../components/StatusBadge.tsx';
import { useI18n, type MessageKey } from '../i18n.tsx';
import type { ReportItem, TaskDetail, UnitItem } from '../../../src/contract/index.ts';

/**
 * The reports this person may send on the task, as the server decides (domain/policy mayReportOnTask):
 * the secretariat all; leaders the extension decision; officers of the lead unit (or above it)
 * progress, completion and extension requests. The form shows only these; the server checks again.
 */
function allowedReports(user: { roles: string[]; unitId: string | null } | null, noAccounts: boolean, x: TaskDetail, units: UnitItem[]): Set<ReportKind> | 'all' {
  if (noAccounts) return 'all';
  const roles = user?.roles ?? [];
  if (roles.includes('admin') || roles.includes('secretariat')) return 'all';
  const out = new Set<ReportKind>();
  if (roles.includes('leader')) out.add('extension_decision');
  if (roles.includes('officer') && user?.unitId && x.leadUnitId) {
    const parent = new Map(units.map((u) => [u.id, u.parentId]));
    let at: string | null | undefined = x.leadUnitId;
    for (let i = 0; at && i < 50; i++, at = parent.get(at)) {
      if (at === user.unitId) {
        out.add('progress').add('complete').add('extension_request');
        break;
      }
    }
  }
  return out;
}

export function TaskPage() {
  const { id = '' } = useParams();
  const { asOf } = useAppState();
  const state = useApi(() => api.task(id, asOf || undefined), [id, asOf]);
  return <AsyncView state={state} notFound="taskNotFound">{(x) => <Task x={x} onChange={state.setData} />}</AsyncView>;
}

function Clear({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Grid gap="xs" component="div">
      <Grid.Col span={{ base: 12, sm: 4 }}><Text fw={600} size="sm">{label}</Text></Grid.Col>
      <Grid.Col span={{ base: 12, sm: 8 }}><div>{children}</div></Grid.Col>
    </Grid>
  );
}

function Task({ x, onChange }: { x: TaskDetail; onChange(t: TaskDetail): void }) {
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
              {(x.parentId || x.targetIds.length > 0) && (
                <Stack gap={4} mt="md">
                  {x.parentId && <Text size="sm">{t('parentTask')}: <Anchor component={Link} to={`/nhiem-vu/${x.parentId}`}>{x.parentId}</Anchor></Text>}
                  {x.targetIds.length > 0 && (
                    <Text size="sm">{t('linkedTargets')}: {x.targetIds.map((id, i) => <span key={id}>{i > 0 && ', '}<Anchor component={Link} to={`/chi-tieu/${id}`}>{id}</Anchor></span>)}</Text>
                  )}
                </Stack>
              )}
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
              <Reports items={x.reports} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}

const REPORT_ICON: Record<ReportKind, React.ComponentType<{ size?: number }>> = {
  progress: IconNote, complete: IconCheckCircle, accept: IconCheckCircle, return: IconReturn, extension_request: IconCalendar,
  extension_decision: IconCalendar, pause: IconPause, resume: IconPlay,
};

function Reports({ items }: { items: ReportItem[] }) {
  const { t, date, reportKind, number } = useI18n();
  if (items.length === 0) return <Text c="dimmed" size="sm">{t('noReports')}</Text>;
  const sorted = [...items].sort((a, b) => b.reportedOn.localeCompare(a.reportedOn));
  return (
    <Timeline bulletSize={26} lineWidth={2} active={sorted.length} data-testid="report-timeline">
      {sorted.map((r) => {
        const Icon = REPORT_ICON[r.kind];
        return (
          <Timeline.Item key={r.id} bullet={<Icon size={14} />} title={reportKind(r.kind)}>
            <Text size="xs" c="dimmed">{date(r.reportedOn)}</Text>
            {r.progress !== null && <Text size="sm">{t('colProgress')}: {number(r.progress, 0)}%</Text>}
            {r.newDeadline && <Text size="sm">{t('newDeadline')}: {date(r.newDeadline)}</Text>}
            {r.approved !== null && <Text size="sm" fw={600}>{r.approved ? t('approvedYes') : t('approvedNo')}</Text>}
            {r.text && <Text size="sm" mt={2}>{r.text}</Text>}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

const ACTIONS: Array<{ kind: ReportKind; label: MessageKey }> = [
  { kind: 'progress', label: 'actProgress' },
  { kind: 'complete', label: 'actComplete' },
  { kind: 'accept', label: 'actAcceptResult' },
  { kind: 'return', label: 'actReturn' },
  { kind: 'extension_request', label: 'actExtRequest' },
  { kind: 'extension_decision', label: 'actExtDecision' },
  { kind: 'pause', label: 'actPause' },
  { kind: 'resume', label: 'actResume' },
];

function todayVn(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

function ReportForm({ x, allowed, onDone }: { x: TaskDetail; allowed: Set<ReportKind> | 'all'; onDone(t: TaskDetail): void }) {
  const { t, date } = useI18n();
  const done = x.status.startsWith('done');
  const awaiting = x.evaluation.awaitingAcceptanceSince;
  // What the task's state allows, as the server's reportOnTask checks it: a done task can only be
  // returned, a waiting completion accepted or returned, an open task anything else.
  const fits = (k: ReportKind) =>
    done ? k === 'return'
    : awaiting ? k === 'accept' || k === 'return'
    : k !== 'return' && k !== 'accept' && (x.evaluation.paused ? k !== 'pause' : k !== 'resume');
  const available = ACTIONS.filter((a) => (allowed === 'all' || allowed.has(a.kind)) && fits(a.kind));
  // Only the assigning side records an earlier day (a paper report received); a unit reports today.
  const mayBackdate = allowed === 'all';
  const [kind, setKind] = useState<ReportKind>(available[0]?.kind ?? 'progress');
  const [on, setOn] = useState(todayVn);
  const [progress, setProgress] = useState<string | number>(x.evaluation.progress ?? '');
  const [text, setText] = useState('');
  const [newDeadline, setNewDeadline] = useState('');
  const [approved, setApproved] = useState<'yes' | 'no'>('yes');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const current = available.some((a) => a.kind === kind) ? kind : (available[0]?.kind ?? 'progress');

  const waitingNote = awaiting ? <Alert color="yellow" variant="light" data-testid="awaiting-acceptance">{t('awaitingAcceptance', { date: date(awaiting) })}</Alert> : null;
  if (available.length === 0) return waitingNote ?? <Alert color="gray" variant="light" data-testid="read-only-task">{t('readOnlyTask')}</Alert>;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMsg(null);
    const body: ReportInput = { kind: current, text, ...(mayBackdate ? { reportedOn: on } : {}) };
    if (current === 'progress') body.progress = typeof progress === 'number' ? progress : null;
    if (current === 'complete') body.progress = 100;
    if (current === 'extension_request') body.newDeadline = newDeadline || null;
    if (current === 'extension_decision') {
      body.approved = approved === 'yes';
      body.newDeadline = approved === 'yes' ? newDeadline || null : null;
    }
    try {
      const r = await api.addReport(x.id, body);
      setMsg({ ok: true, text: t('reportSaved') });
      setText('');
      onDone(r.task);
    } catch (err) {
      setMsg({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="report-form-title">
      <Title order={2} size="h4" mb="sm" id="report-form-title">{t('actionsTitle')}</Title>
      <Stack gap="sm">
        {msg && <Alert color={msg.ok ? 'teal' : 'red'} role={msg.ok ? 'status' : 'alert'}>{msg.text}</Alert>}
        {waitingNote}
        <Select label={t('reportKindLabel')} name="kind" data={available.map((a) => ({ value: a.kind, label: t(a.label) }))} value={current}
          onChange={(v) => v && setKind(v as ReportKind)} allowDeselect={false} />
        {mayBackdate
          ? <TextInput type="date" label={t('reportDate')} name="reportedOn" required value={on} onChange={(e) => setOn(e.currentTarget.value)} />
          : <Text size="sm" c="dimmed">{t('reportedToday')}</Text>}
        {current === 'progress' && (
          <NumberInput label={t('reportProgress')} name="progress" min={0} max={100} clampBehavior="strict" allowDecimal={false}
            value={progress} onChange={setProgress} />
        )}
        {current === 'extension_decision' && (
          <div>
            <Text size="sm" fw={500} mb={4} id="decision-label">{t('decision')}</Text>
            <SegmentedControl aria-labelledby="decision-label" value={approved} onChange={(v) => setApproved(v as 'yes' | 'no')} fullWidth
              data={[{ value: 'yes', label: t('approve') }, { value: 'no', label: t('refuse') }]} />
          </div>
        )}
        {(current === 'extension_request' || (current === 'extension_decision' && approved === 'yes')) && (
          <TextInput type="date" label={t('newDeadline')} name="newDeadline" required value={newDeadline} onChange={(e) => setNewDeadline(e.currentTarget.value)} />
        )}
        <Textarea label={t('reportText')} name="text" autosize minRows={3} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <Group><Button type="submit" loading={busy}>{t('send')}</Button></Group>
      </Stack>
    </Card>
  );
}
