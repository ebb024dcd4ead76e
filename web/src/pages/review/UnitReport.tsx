// Báo cáo của một đơn vị trong kỳ: a row per target (figure, standing, note) and per task (progress,
// completion day, note); save the draft, submit; the secretariat accepts, returns with a reason or
// reopens; the Excel round trip (download the sheet, upload it filled, the server's error shown).
import { Alert, Anchor, Button, Card, FileButton, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api, download } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { AsyncView, errorMessage, useApi } from '../../components/Async.tsx';
import { IconDownload, IconUpload } from '../../components/icons.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { SubmissionBadge } from '../../components/ReportingBadges.tsx';
import { useI18n, type MessageKey } from '../../i18n.tsx';
import type { FigureLine, SubmissionDraft, TaskLine, UnitReport } from '../../../../src/contract/index.ts';
import type { Standing as Standing3 } from '../../../../src/domain/observation.ts';
import { periodText } from './period-code.ts';
import { LineNote, SubmissionHistory, lineKey } from './report-notes.tsx';
import { useManages } from './Periods.tsx';
import { DateInput } from '../../components/DateInput.tsx';

const STANDINGS: Standing3[] = ['estimate', 'preliminary', 'official'];
type Msg = { ok: boolean; text: string; title?: string };

export default function UnitReportPage() {
  const { id = '', unitId = '' } = useParams();
  const state = useApi(() => api.unitReport(id, unitId), [id, unitId]);
  const [msg, setMsg] = useState<Msg | null>(null);
  return (
    <AsyncView state={state}>
      {(d) => (
        <Report key={`${d.submission?.version ?? 0}-${d.submission?.status ?? 'none'}`} x={d} msg={msg} setMsg={setMsg}
          reload={state.reload} />
      )}
    </AsyncView>
  );
}

interface FigureRow { value: number | ''; standing: Standing3; note: string }
interface TaskRow { progress: number | ''; completedOn: string; note: string }

function Report({ x, msg, setMsg, reload }: { x: UnitReport; msg: Msg | null; setMsg(m: Msg | null): void; reload(): void }) {
  const { t, date, lang, amount, standing, unitWord } = useI18n();
  const auth = useAuth();
  const manages = useManages();
  const roles = auth.user?.roles ?? [];
  const s = x.submission;
  const status = s?.status ?? null;
  const writes = manages || roles.includes('officer');
  const editable = writes && (status === null || status === 'draft' || status === 'returned');
  const [figures, setFigures] = useState<Record<string, FigureRow>>(() =>
    Object.fromEntries(x.due.targets.map((tg) => {
      const f = s?.figures.find((l) => l.targetId === tg.id);
      return [tg.id, { value: f ? f.value : '', standing: f?.standing ?? 'preliminary', note: f?.note ?? '' }];
    })));
  const [tasks, setTasks] = useState<Record<string, TaskRow>>(() =>
    Object.fromEntries(x.due.tasks.map((tk) => {
      const l = s?.tasks.find((v) => v.taskId === tk.id);
      return [tk.id, { progress: l?.progress ?? '', completedOn: l?.completedOn ?? '', note: l?.note ?? '' }];
    })));
  const [busy, setBusy] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  // Comments line by line while returning; those of the last return are shown until it is accepted.
  const [comments, setComments] = useState<Record<string, string>>({});
  const left = new Map(status !== 'accepted' ? (s?.returnComments ?? []).map((c) => [lineKey(c), c.comment]) : []);
  const note = (k: string) => (
    <LineNote k={k} returning={returning && status === 'submitted'} value={comments[k] ?? ''} onChange={(v) => setComments((c) => ({ ...c, [k]: v }))} left={left.get(k)} />
  );

  const draft = (): SubmissionDraft => ({
    figures: Object.entries(figures).filter(([, r]) => typeof r.value === 'number')
      .map(([targetId, r]): FigureLine => ({ targetId, value: r.value as number, standing: r.standing, note: r.note.trim() })),
    tasks: Object.entries(tasks).filter(([, r]) => typeof r.progress === 'number' || r.completedOn || r.note.trim())
      .map(([taskId, r]): TaskLine => ({ taskId, progress: typeof r.progress === 'number' ? r.progress : null, completedOn: r.completedOn || null, note: r.note.trim() })),
  });

  async function act(name: string, done: MessageKey, fn: () => Promise<unknown>) {
    setBusy(name);
    setMsg(null);
    try {
      await fn();
      setMsg({ ok: true, text: t(done) });
      reload();
    } catch (e) {
      setMsg({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  }
  const save = () => act('save', 'draftSaved', () => api.saveUnitReport(x.period.id, x.unit.id, draft()));
  const submit = () => act('submit', 'reportSubmitted', async () => {
    await api.saveUnitReport(x.period.id, x.unit.id, draft());
    await api.decideUnitReport(x.period.id, x.unit.id, 'submit');
  });
  function sendReturn(e: React.FormEvent) {
    e.preventDefault();
    if (!reason.trim()) {
      setReasonError(t('returnReasonRequired'));
      return;
    }
    setReasonError(null);
    const lines = Object.entries(comments).filter(([, v]) => v.trim()).map(([k, v]) => {
      const [line, ...id] = k.split(':');
      return { line: line as 'figure' | 'task', id: id.join(':'), comment: v.trim() };
    });
    void act('return', 'reportReturned', () => api.returnUnitReport(x.period.id, x.unit.id, reason.trim(), lines));
  }
  async function getSheet() {
    setBusy('sheet');
    setMsg(null);
    try {
      await download(api.sheetPath(x.period.id, x.unit.id), `bao-cao-${x.period.period}-${x.unit.code}.xlsx`);
    } catch (e) {
      setMsg({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  }
  async function putSheet(file: File | null) {
    if (!file) return;
    setBusy('upload');
    setMsg(null);
    try {
      await api.uploadSheet(x.period.id, x.unit.id, file);
      setMsg({ ok: true, text: t('sheetLoaded', { name: file.name }) });
      reload();
    } catch (e) {
      setMsg({ ok: false, title: t('sheetRefused'), text: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  }

  const title = t('unitReportTitle', { unit: x.unit.name });
  return (
    <>
      <PageTitle text={title}>{title}</PageTitle>
      <Text c="dimmed" mt={-8} mb="md">
        <Anchor component={Link} to={`/ky-bao-cao/${encodeURIComponent(x.period.id)}`}>{x.period.title}</Anchor>
        {' · '}{periodText(x.period.period, lang)} · {t('colDueOn')}: {date(x.period.dueOn)}
        {s?.submittedOn ? ` · ${t('submittedOnLabel', { date: date(s.submittedOn) })}` : ''}
      </Text>
      <Stack gap="lg">
        <div aria-live="polite">
          {msg && <Alert color={msg.ok ? 'teal' : 'red'} role={msg.ok ? 'status' : 'alert'} title={msg.title} data-testid="report-message">{msg.text}</Alert>}
        </div>
        <Text data-testid="report-status" fw={600}>
          {t('unitReportStatus')}: <SubmissionBadge status={status} />
        </Text>
        {x.remindedOn && status !== 'submitted' && status !== 'accepted' && (
          <Alert color="orange" variant="light" data-testid="reminded">{t('remindedUnit', { date: date(x.remindedOn) })}</Alert>
        )}
        {status === 'returned' && s?.returnReason && (
          <Alert color="orange" title={t('unitReportReturned')} data-testid="return-reason">{s.returnReason}</Alert>
        )}
        {writes && !editable && <Alert color="gray">{t('unitReportLocked')}</Alert>}

        <Card withBorder component="section" aria-labelledby="report-targets">
          <Title order={2} size="h4" mb="sm" id="report-targets">{t('unitReportTargets')}</Title>
          {x.due.targets.length === 0 ? <Text c="dimmed">{t('unitReportNoTargets')}</Text> : (
            <Stack gap="md">
              {x.due.targets.map((tg) => {
                const r = figures[tg.id]!;
                const set = (p: Partial<FigureRow>) => setFigures((f) => ({ ...f, [tg.id]: { ...f[tg.id]!, ...p } }));
                const goal = tg.max !== null ? `${amount(tg.value, tg.unit)} – ${amount(tg.max, tg.unit)}` : amount(tg.value, tg.unit);
                return (
                  <fieldset key={tg.id} className="hd-line" data-target-id={tg.id}>
                    <legend><Anchor component={Link} to={`/chi-tieu/${encodeURIComponent(tg.id)}`} fw={600}>{tg.label}</Anchor></legend>
                    <Text size="sm" c="dimmed" mb={6}>{t('goalLabel', { goal })} ({periodText(tg.period, lang)})</Text>
                    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                      <NumberInput label={unitWord(tg.unit) ? `${t('fieldValue')} (${unitWord(tg.unit)})` : t('fieldValue')} value={r.value} onChange={(v) => set({ value: typeof v === 'number' ? v : '' })}
                        decimalSeparator="," thousandSeparator="." hideControls readOnly={!editable} />
                      <Select label={t('fieldStanding')} data={STANDINGS.map((v) => ({ value: v, label: standing(v) }))} value={r.standing}
                        onChange={(v) => set({ standing: (v as Standing3) ?? 'preliminary' })} allowDeselect={false} readOnly={!editable} />
                      <TextInput label={t('fieldNote')} value={r.note} onChange={(e) => set({ note: e.currentTarget.value })} readOnly={!editable} />
                    </SimpleGrid>
                    {note(`figure:${tg.id}`)}
                  </fieldset>
                );
              })}
            </Stack>
          )}
        </Card>

        <Card withBorder component="section" aria-labelledby="report-tasks">
          <Title order={2} size="h4" mb="sm" id="report-tasks">{t('unitReportTasks')}</Title>
          {x.due.tasks.length === 0 ? <Text c="dimmed">{t('unitReportNoTasks')}</Text> : (
            <Stack gap="md">
              {x.due.tasks.map((tk) => {
                const r = tasks[tk.id]!;
                const set = (p: Partial<TaskRow>) => setTasks((f) => ({ ...f, [tk.id]: { ...f[tk.id]!, ...p } }));
                const deadline = tk.state.deadline ?? tk.deadline;
                return (
                  <fieldset key={tk.id} className="hd-line" data-task-id={tk.id}>
                    <legend><Anchor component={Link} to={`/nhiem-vu/${encodeURIComponent(tk.id)}`} fw={600}>{tk.title}</Anchor></legend>
                    <Text size="sm" c="dimmed" mb={6}>
                      {deadline ? t('deadlineLabel', { date: date(deadline) }) : t('noDeadline')}
                      {typeof tk.state.progress === 'number' ? ` · ${t('colProgress')}: ${tk.state.progress}%` : ''}
                    </Text>
                    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                      <NumberInput label={t('fieldProgress')} value={r.progress} min={0} max={100} clampBehavior="strict" allowDecimal={false}
                        onChange={(v) => set({ progress: typeof v === 'number' ? v : '' })} hideControls readOnly={!editable} />
                      <DateInput label={t('fieldCompletedOn')} value={r.completedOn} onChange={(v) => set({ completedOn: v })} readOnly={!editable} />
                      <TextInput label={t('fieldNote')} value={r.note} onChange={(e) => set({ note: e.currentTarget.value })} readOnly={!editable} />
                    </SimpleGrid>
                    {note(`task:${tk.id}`)}
                  </fieldset>
                );
              })}
            </Stack>
          )}
        </Card>

        {editable && (
          <Group gap="sm" data-testid="report-actions">
            <Button variant="default" onClick={save} loading={busy === 'save'} disabled={busy !== null}>{t('saveDraft')}</Button>
            <Button onClick={submit} loading={busy === 'submit'} disabled={busy !== null}>{t('submitReport')}</Button>
          </Group>
        )}

        {manages && status !== null && (status === 'submitted' || status === 'accepted') && (
          <Card withBorder data-testid="decision">
            <Group gap="sm">
              {status === 'submitted' && (
                <>
                  <Button color="teal" onClick={() => act('accept', 'reportAccepted', () => api.decideUnitReport(x.period.id, x.unit.id, 'accept'))}
                    loading={busy === 'accept'} disabled={busy !== null}>{t('acceptReport')}</Button>
                  <Button color="orange" variant="light" onClick={() => setReturning((v) => !v)} aria-expanded={returning} aria-controls="return-form">{t('returnReport')}</Button>
                </>
              )}
              <Button variant="default" onClick={() => act('reopen', 'reportReopened', () => api.decideUnitReport(x.period.id, x.unit.id, 'reopen'))}
                loading={busy === 'reopen'} disabled={busy !== null}>{t('reopenReport')}</Button>
            </Group>
            {returning && status === 'submitted' && (
              <form id="return-form" onSubmit={sendReturn} noValidate>
                <Stack gap="xs" mt="sm">
                  <Text size="sm" c="dimmed">{t('returnLinesHint')}</Text>
                  <Textarea label={t('returnReason')} name="reason" required autosize minRows={2} value={reason} error={reasonError}
                    onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
                  <Group><Button type="submit" color="orange" loading={busy === 'return'}>{t('confirmReturn')}</Button></Group>
                </Stack>
              </form>
            )}
          </Card>
        )}

        <SubmissionHistory steps={x.history} />

        <Card withBorder aria-labelledby="report-sheet">
          <Title order={2} size="h4" mb="xs" id="report-sheet">Excel</Title>
          <Text size="sm" c="dimmed" mb="sm">{t('sheetHint')}</Text>
          <Group gap="sm">
            <Button component="a" href={`/api${api.sheetPath(x.period.id, x.unit.id)}`} variant="default" leftSection={<IconDownload size={16} />}
              loading={busy === 'sheet'} onClick={(e: React.MouseEvent) => {
                e.preventDefault();
                void getSheet();
              }}>{t('sheetDownload')}</Button>
            {editable && (
              <FileButton onChange={putSheet} accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">
                {(props) => <Button {...props} variant="default" leftSection={<IconUpload size={16} />} loading={busy === 'upload'}>{t('sheetUpload')}</Button>}
              </FileButton>
            )}
          </Group>
        </Card>
      </Stack>
    </>
  );
}
