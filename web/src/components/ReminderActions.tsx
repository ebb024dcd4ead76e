// Đôn đốc's two buttons, for a period's late units and for tasks overdue or due soon: send the
// reminder (the answer says how many were reminded, and mailed) and download the letter (.docx).
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { download } from '../api.ts';
import { errorMessage } from './Async.tsx';
import { IconDownload } from './icons.tsx';
import { useI18n } from '../i18n.tsx';

export function ReminderActions({ label, disabled = false, send, sent, letterPath, letterName, children }: {
  label: string;
  disabled?: boolean;
  send(): Promise<{ total: number; mailed: number }>;
  /** What the answer says: how many were reminded. */
  sent(total: number): string;
  letterPath: string;
  letterName: string;
  /** Shown between the message and the buttons (a note to send with it). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  // The letter (công văn đôn đốc) to print, sign and send: the same units or tasks, as of today.
  async function letter() {
    setMsg(null);
    try {
      await download(letterPath, letterName);
    } catch (err) {
      setMsg({ ok: false, text: errorMessage(err) });
    }
  }
  async function remind() {
    setBusy(true);
    setMsg(null);
    try {
      const r = await send();
      setMsg({ ok: true, text: sent(r.total) + (r.mailed ? ` ${t('remindMailed', { n: r.mailed })}` : '') });
    } catch (err) {
      setMsg({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Stack gap="xs" mt="sm">
      {msg && <Alert color={msg.ok ? 'teal' : 'red'} role="status" data-testid="remind-message">{msg.text}</Alert>}
      {children}
      <Group>
        <Button onClick={remind} loading={busy} disabled={disabled} variant="light" color="orange">{label}</Button>
        <Button onClick={letter} disabled={disabled} variant="default" leftSection={<IconDownload size={16} />}>{t('remindLetter')}</Button>
      </Group>
    </Stack>
  );
}
