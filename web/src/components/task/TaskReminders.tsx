// Đôn đốc nhiệm vụ: the secretariat (or a leader) ticks tasks overdue or due soon in the dashboard's
// lists, sends the reminder to their lead units (in the app, by e-mail when the server sends mail) and
// downloads the công văn đôn đốc of the same tasks.
import { Card, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useAppState } from '../../app-state.tsx';
import { useAuth } from '../../auth.tsx';
import { api } from '../../api.ts';
import { ReminderActions } from '../ReminderActions.tsx';
import { useI18n } from '../../i18n.tsx';

/** `again`: a task ticked was reminded today already, and the sender confirmed "Nhắc lại". */
export function TaskReminderCard({ picked, again, hint, onDone }: { picked: string[]; again: boolean; hint?: string; onDone(): void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  return (
    <Card withBorder padding="lg" component="section" data-testid="task-reminders">
      <Title order={2} size="h4" mb="xs">{t('remindTasksTitle')}</Title>
      <Text size="sm" c="dimmed">{hint ?? t('remindTasksHint')}</Text>
      <ReminderActions
        label={t('remindTasksSend', { n: picked.length })}
        disabled={picked.length === 0}
        send={async () => {
          const r = await api.remindTasks(picked, note, again);
          setNote('');
          onDone();
          return r;
        }}
        sent={(n) => t('remindTasksSent', { n })}
        letterPath={api.taskReminderLetterPath(picked)}
        letterName="cong-van-don-doc-nhiem-vu.docx"
      >
        <Textarea label={t('remindTasksNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} maxLength={2000} />
      </ReminderActions>
    </Card>
  );
}

export interface TaskPick {
  picked: ReadonlySet<string>;
  toggle(id: string): void;
  /** The tasks reminded today that the sender chose to remind again (confirmed). */
  again: ReadonlySet<string>;
  /** Confirmed "Nhắc lại": ticks a task reminded today. */
  remindAgain(id: string): void;
}

/**
 * The tasks ticked to remind, and whether this person may tick at all: as of today only, the
 * secretariat, an administrator or a leader; which task gets a tick is the server's word (mayRemind).
 */
export function useTaskPicks(): { reminds: boolean; pick: TaskPick; again: boolean; clear(): void } {
  const roles = useAuth().user?.roles ?? [];
  const reminds = !useAppState().asOf && roles.some((r) => r === 'admin' || r === 'secretariat' || r === 'leader');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [again, setAgain] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setPicked((p) => {
    const n = new Set(p);
    if (!n.delete(id)) n.add(id);
    return n;
  });
  const remindAgain = (id: string) => {
    setAgain((a) => new Set(a).add(id));
    setPicked((p) => new Set(p).add(id));
  };
  const clear = () => {
    setPicked(new Set());
    setAgain(new Set());
  };
  return { reminds, pick: { picked, toggle, again, remindAgain }, again: [...picked].some((id) => again.has(id)), clear };
}
