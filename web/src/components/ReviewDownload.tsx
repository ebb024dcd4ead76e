// Buttons that download the review report of a period as Word or Excel (GET /api/reports/review);
// a refusal shows the server's own message beside them.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { api, download, type ReviewChoices } from '../api.ts';
import { useI18n } from '../i18n.tsx';
import { errorMessage } from './Async.tsx';
import { IconDownload } from './icons.tsx';

export function ReviewDownload({ period, unitId, disabled, choices }: { period: string; unitId?: string | null; disabled?: boolean; choices?: ReviewChoices }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  async function get(format: 'docx' | 'xlsx') {
    setBusy(format);
    setMsg(null);
    try {
      const name = await download(api.reviewReportPath({ period, format, unitId: unitId || null, ...choices }), `bao-cao-kiem-diem-${period}.${format}`);
      setMsg({ ok: true, text: t('reviewDownloaded', { name }) });
    } catch (e) {
      setMsg({ ok: false, text: errorMessage(e) });
    } finally {
      setBusy(null);
    }
  }
  const href = (format: 'docx' | 'xlsx') => `/api${api.reviewReportPath({ period, format, unitId: unitId || null, ...choices })}`;
  return (
    <Stack gap="xs" data-testid="review-download">
      <Group gap="xs">
        {(['docx', 'xlsx'] as const).map((f) => (
          <Button key={f} component="a" href={href(f)} variant={f === 'docx' ? 'filled' : 'default'} leftSection={<IconDownload size={16} />}
            loading={busy === f} disabled={disabled || !period}
            onClick={(e: React.MouseEvent) => {
              e.preventDefault();
              if (!disabled && period) void get(f);
            }}>
            {t(f === 'docx' ? 'reviewDocx' : 'reviewXlsx')}
          </Button>
        ))}
      </Group>
      {msg && (
        <Alert color={msg.ok ? 'teal' : 'red'} role={msg.ok ? 'status' : 'alert'} title={msg.ok ? undefined : t('reviewFailed')} data-testid="review-download-message">
          {msg.text}
        </Alert>
      )}
    </Stack>
  );
}
