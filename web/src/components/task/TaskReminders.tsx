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

export function TaskReminderCard({ picked, onDone }: { picked: string[]; onDone(): void }) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  return (
    <Card withBorder padding="lg" component="section" data-testid="task-reminders">
      <Title order={2} size="h4" mb="xs">{t('remindTasksTitle')}</Title>
      <Text size="sm" c="dimmed">{t('remindTasksHint')}</Text>
      <ReminderActions
        label={t('remindTasksSend', { n: picked.length })}
        disabled={picked.length === 0}
        send={async () => {
          const r = await api.remindTasks(picked, note);
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
}

/**
 * The tasks ticked to remind, and whether this person may tick at all: as of today only, the
 * secretariat, an administrator or a leader (the server keeps a leader to the units they lead).
 */
export function useTaskPicks(): { reminds: boolean; pick: TaskPick; clear(): void } {
  const roles = useAuth().user?.roles ?? [];
  const reminds = !useAppState().asOf && roles.some((r) => r === 'admin' || r === 'secretariat' || r === 'leader');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => setPicked((p) => {
    const n = new Set(p);
    if (!n.delete(id)) n.add(id);
    return n;
  });
  return { reminds, pick: { picked, toggle }, clear: () => setPicked(new Set()) };
}
