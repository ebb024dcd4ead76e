// Đôn đốc nhiệm vụ: the secretariat (or a leader) ticks tasks overdue or due soon in the dashboard's
// lists, sends the reminder to their lead units (in the app, by e-mail when the server sends mail) and
// downloads the công văn đôn đốc of the same tasks.
import { Card, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
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
