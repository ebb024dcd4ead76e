// A task's tick for đôn đốc in a list, shown only when the server says this reader may remind it
// (mayRemind: the command's own rule). A task reminded today keeps its tick disabled, with the time;
// "Nhắc lại" ticks it after a confirmation, and the reminder then goes with `again`.
import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { formatClockVi } from '../../../../src/domain/format.ts';
import { useI18n } from '../../i18n.tsx';
import type { TaskPick } from './TaskReminders.tsx';

export interface RemindableItem {
  id: string;
  title: string;
  mayRemind: boolean;
  remindedAt: string | null;
}

/** The tick before the task's title (`children`), and under it, when reminded today, the time and "Nhắc lại". */
export function RemindPick({ x, pick, children }: { x: RemindableItem; pick: TaskPick | undefined; children: ReactNode }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const tick = pick && x.mayRemind;
  const locked = tick && x.remindedAt !== null && !pick.again.has(x.id);
  const time = x.remindedAt ? formatClockVi(x.remindedAt) : '';
  return (
    <>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {tick && (
          <Checkbox mt={3} aria-label={t('remindTaskPick', { title: x.title })} disabled={locked}
            checked={pick.picked.has(x.id)} onChange={() => pick.toggle(x.id)} />
        )}
        {children}
      </Group>
      {locked && (
        <Group gap="xs" mt={2} data-testid="reminded-today">
          <Text size="xs" c="dimmed">{t('remindedToday', { time })}</Text>
          <Button size="compact-xs" variant="subtle" color="orange" onClick={() => setAsking(true)} aria-label={t('remindAgainOf', { title: x.title })}>
            {t('remindAgain')}
          </Button>
          <Modal opened={asking} onClose={() => setAsking(false)} title={t('remindAgain')}>
            <Stack gap="md">
              <Text size="sm">{t('remindAgainAsk', { title: x.title, time })}</Text>
              <Group justify="flex-end">
                <Button variant="default" onClick={() => setAsking(false)}>{t('cancel')}</Button>
                <Button color="orange" onClick={() => { pick.remindAgain(x.id); setAsking(false); }}>{t('remindAgainConfirm')}</Button>
              </Group>
            </Stack>
          </Modal>
        </Group>
      )}
    </>
  );
}
