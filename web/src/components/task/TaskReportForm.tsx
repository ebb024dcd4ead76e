// The actions on a task (its reports): progress, a co-unit's part, completion with its product as a
// link, acceptance or return, extensions asked and decided, pauses. Directions and comments are
// written in the thread (TaskThread), not here.
import { Alert, Button, Card, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { ReportKind } from '../../../../src/domain/task.ts';
import type { TaskDetail } from '../../../../src/contract/index.ts';
import { api, type ReportInput } from '../../api.ts';
import { useAppState } from '../../app-state.tsx';
import { errorMessage } from '../Async.tsx';
import { useI18n, type MessageKey } from '../../i18n.tsx';
import { DateInput } from '../DateInput.tsx';

/** The reports that may carry a link to the product or evidence. */
const WITH_LINK: ReadonlySet<ReportKind> = new Set(['progress', 'part', 'complete']);

const ACTIONS: Array<{ kind: ReportKind; label: MessageKey }> = [
  { kind: 'progress', label: 'actProgress' },
  { kind: 'complete', label: 'actComplete' },
  { kind: 'accept', label: 'actAcceptResult' },
  { kind: 'return', label: 'actReturn' },
  { kind: 'extension_request', label: 'actExtRequest' },
  { kind: 'extension_decision', label: 'actExtDecision' },
  { kind: 'pause', label: 'actPause' },
  { kind: 'resume', label: 'actResume' },
  { kind: 'part', label: 'actPart' },
];

function todayVn(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

export function ReportForm({ x, allowed, onDone }: { x: TaskDetail; allowed: Set<ReportKind> | 'all'; onDone(t: TaskDetail): void }) {
  const { t, date } = useI18n();
  const { unitName } = useAppState();
  const done = x.status.startsWith('done');
  const awaiting = x.evaluation.awaitingAcceptanceSince;
  // What the task's state allows, as the server's reportOnTask checks it: a done task can only be
  // returned, a waiting completion accepted or returned, an open task anything else.
  const fits = (k: ReportKind) =>
    done ? k === 'return'
    : awaiting ? k === 'accept' || k === 'return'
    : k !== 'return' && k !== 'accept' && (x.evaluation.paused ? k !== 'pause' : k !== 'resume');
  // The secretariat records a co-unit's part only where the task has co-units.
  const available = ACTIONS.filter((a) => (allowed === 'all' ? a.kind !== 'part' || x.coUnitIds.length > 0 : allowed.has(a.kind)) && fits(a.kind));
  // Only the assigning side records an earlier day (a paper report received); a unit reports today.
  const mayBackdate = allowed === 'all';
  const [kind, setKind] = useState<ReportKind>(available[0]?.kind ?? 'progress');
  const [on, setOn] = useState(todayVn);
  const [progress, setProgress] = useState<string | number>(x.evaluation.progress ?? '');
  const [text, setText] = useState('');
  const [newDeadline, setNewDeadline] = useState('');
  const [approved, setApproved] = useState<'yes' | 'no'>('yes');
  const [link, setLink] = useState('');
  const [partProgress, setPartProgress] = useState<string | number>('');
  const [coUnit, setCoUnit] = useState<string | null>(x.coUnitIds[0] ?? null);
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
    // A co-unit's part has its own progress; the task's stays the lead unit's.
    if (current === 'part') body.progress = typeof partProgress === 'number' ? partProgress : null;
    if (WITH_LINK.has(current)) body.link = link.trim() || null;
    // An officer's own co-unit is found by the server; the secretariat says which co-unit it writes for.
    if (current === 'part' && allowed === 'all') body.unitId = coUnit;
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
      setLink('');
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
          ? <DateInput label={t('reportDate')} name="reportedOn" required value={on} onChange={setOn} />
          : <Text size="sm" c="dimmed">{t('reportedToday')}</Text>}
        {current === 'part' && allowed === 'all' && (
          <Select label={t('reportCoUnit')} name="unitId" data={x.coUnitIds.map((u) => ({ value: u, label: unitName(u) }))} value={coUnit} onChange={setCoUnit} allowDeselect={false} />
        )}
        {current === 'progress' && (
          <NumberInput label={t('reportProgress')} name="progress" min={0} max={100} clampBehavior="strict" allowDecimal={false}
            value={progress} onChange={setProgress} />
        )}
        {current === 'part' && (
          <NumberInput label={t('partProgress')} name="partProgress" min={0} max={100} clampBehavior="strict" allowDecimal={false}
            value={partProgress} onChange={setPartProgress} />
        )}
        {current === 'extension_decision' && (
          <div>
            <Text size="sm" fw={500} mb={4} id="decision-label">{t('decision')}</Text>
            <SegmentedControl aria-labelledby="decision-label" value={approved} onChange={(v) => setApproved(v as 'yes' | 'no')} fullWidth
              data={[{ value: 'yes', label: t('approve') }, { value: 'no', label: t('refuse') }]} />
          </div>
        )}
        {(current === 'extension_request' || (current === 'extension_decision' && approved === 'yes')) && (
          <DateInput label={t('newDeadline')} name="newDeadline" required value={newDeadline} onChange={setNewDeadline} />
        )}
        <Textarea label={t('reportText')} name="text" autosize minRows={3} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        {WITH_LINK.has(current) && (
          <TextInput type="url" label={t('reportLink')} name="link" placeholder={t('reportLinkHint')} value={link} onChange={(e) => setLink(e.currentTarget.value)} />
        )}
        <Group><Button type="submit" loading={busy}>{t('send')}</Button></Group>
      </Stack>
    </Card>
  );
}
