// Quá trình thực hiện: every step of a task in one timeline, newest first: the directive given, each
// report (progress, a co-unit's part, completion, acceptance or return, extensions, pauses), the
// leaders' directions and the comments as a thread with their authors, and the files attached.
import { Anchor, Text, Timeline } from '@mantine/core';
import type { ReportKind } from '../../../../src/domain/task.ts';
import type { AttachmentItem, ReportItem, TaskDetail, TaskReminderItem } from '../../../../src/contract/index.ts';
import { useAppState } from '../../app-state.tsx';
import { IconAlert, IconCalendar, IconCheckCircle, IconFile, IconNote, IconPause, IconPlay, IconReturn, IconSend, IconStar, IconUser } from '../icons.tsx';
import { useI18n } from '../../i18n.tsx';

const REPORT_ICON: Record<ReportKind, React.ComponentType<{ size?: number }>> = {
  progress: IconNote, complete: IconCheckCircle, accept: IconCheckCircle, return: IconReturn, extension_request: IconCalendar,
  extension_decision: IconCalendar, pause: IconPause, resume: IconPlay, part: IconUser, direction: IconStar, comment: IconNote,
};

/** The calendar day in Vietnam of a stored instant (an upload's time). */
const dayInVietnam = (at: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(at));

type Step = { day: string; at: string; key: string; node: React.ReactNode };

export function TaskTimeline({ x, files }: { x: TaskDetail; files: AttachmentItem[] }) {
  const { t, date, reportKind, number } = useI18n();
  const { unitName } = useAppState();
  const report = (r: ReportItem): Step => {
    const Icon = REPORT_ICON[r.kind];
    return {
      day: r.reportedOn,
      at: r.recordedAt ?? '',
      key: r.id,
      node: (
        <Timeline.Item key={r.id} bullet={<Icon size={14} />} title={reportKind(r.kind)} color={r.kind === 'direction' ? 'orange' : undefined} data-kind={r.kind}>
          <Text size="xs" c="dimmed">{date(r.reportedOn)}{r.authorName ? ` · ${t('reportBy', { name: r.authorName })}` : ''}</Text>
          {r.unitId && <Text size="sm">{t('reportForUnit', { name: unitName(r.unitId) })}</Text>}
          {r.progress !== null && <Text size="sm">{t('colProgress')}: {number(r.progress, 0)}%</Text>}
          {r.newDeadline && <Text size="sm">{t('newDeadline')}: {date(r.newDeadline)}</Text>}
          {r.approved !== null && <Text size="sm" fw={600}>{r.approved ? t('approvedYes') : t('approvedNo')}</Text>}
          {r.text && <Text size="sm" mt={2} style={{ whiteSpace: 'pre-line' }}>{r.text}</Text>}
          {r.link && <Anchor href={r.link} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>{t('openLink')}: {r.link}</Anchor>}
        </Timeline.Item>
      ),
    };
  };
  const file = (a: AttachmentItem): Step => ({
    day: dayInVietnam(a.createdAt),
    at: a.createdAt,
    key: a.id,
    node: (
      <Timeline.Item key={a.id} bullet={<IconFile size={14} />} title={t('timelineFile')} data-kind="file">
        <Text size="xs" c="dimmed">{date(dayInVietnam(a.createdAt))}</Text>
        <Anchor href={`/api/attachments/${encodeURIComponent(a.id)}`} download={a.filename} size="sm" style={{ overflowWrap: 'anywhere' }}>{a.filename}</Anchor>
      </Timeline.Item>
    ),
  });
  // Đôn đốc: the secretariat's reminder to the lead unit, with the deadline it spoke of and its note.
  const reminder = (r: TaskReminderItem): Step => ({
    day: r.sentOn,
    at: '',
    key: `reminder-${r.id}`,
    node: (
      <Timeline.Item key={`reminder-${r.id}`} bullet={<IconAlert size={14} />} title={t('timelineReminder')} color="orange" data-kind="reminder" data-testid="task-reminder">
        <Text size="sm" fw={600}>{t('timelineReminded', { date: date(r.sentOn) })}{r.sentByName ? ` · ${t('reportBy', { name: r.sentByName })}` : ''}</Text>
        {r.deadline && <Text size="sm">{t(r.overdue ? 'timelineReminderOverdue' : 'timelineReminderDueSoon', { date: date(r.deadline) })}</Text>}
        {r.note && <Text size="sm" mt={2} style={{ whiteSpace: 'pre-line' }}>{r.note}</Text>}
      </Timeline.Item>
    ),
  });
  const given: Step = {
    day: x.assignedOn,
    at: '',
    key: 'assigned',
    node: (
      <Timeline.Item key="assigned" bullet={<IconSend size={14} />} title={t('timelineAssigned')} data-kind="assigned">
        <Text size="xs" c="dimmed">{date(x.assignedOn)}{x.authority ? ` · ${x.authority}` : ''}</Text>
      </Timeline.Item>
    ),
  };
  // Oldest first by the day each step speaks for, within a day in the order written (a report keeps
  // its order of entry), then turned round so the newest step is on top.
  const steps = [given, ...x.reports.map(report), ...x.reminders.map(reminder), ...files.map(file)];
  const order = new Map(steps.map((s, i) => [s.key, i]));
  steps.sort((a, b) => a.day.localeCompare(b.day) || (a.at && b.at ? a.at.localeCompare(b.at) : 0) || order.get(a.key)! - order.get(b.key)!);
  steps.reverse();
  return (
    <Timeline bulletSize={26} lineWidth={2} active={steps.length} data-testid="report-timeline">
      {steps.map((s) => s.node)}
    </Timeline>
  );
}
