// Tệp đính kèm, sản phẩm: the files of a task (its product, minutes, evidence), each a download; those
// who report on the task upload more.
import { Alert, Anchor, Button, Card, FileInput, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { AttachmentItem } from '../../../../src/contract/index.ts';
import { api } from '../../api.ts';
import { useSubmit } from '../Async.tsx';
import { useI18n } from '../../i18n.tsx';

export function TaskFiles({ taskId, items, mayUpload, onUploaded }: { taskId: string; items: AttachmentItem[]; mayUpload: boolean; onUploaded(): void }) {
  const { t, number, dateTime } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  async function send(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return;
    setDone(null);
    if (await run(() => api.attach(taskId, file))) {
      setDone(t('fileUploaded', { name: file.name }));
      setFile(null);
      onUploaded();
    }
  }
  return (
    <Card withBorder component="section" aria-labelledby="files-title" data-testid="task-files">
      <Title order={2} size="h4" mb="sm" id="files-title">{t('filesTitle')}</Title>
      <Stack gap={6}>
        {items.length === 0 && <Text size="sm" c="dimmed">{t('filesNone')}</Text>}
        {items.map((a) => (
          <Group key={a.id} gap="xs" wrap="nowrap" justify="space-between">
            <Anchor href={`/api/attachments/${encodeURIComponent(a.id)}`} download={a.filename} size="sm" style={{ overflowWrap: 'anywhere' }}>{a.filename}</Anchor>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{number(a.size / 1024, 0)} KB · {dateTime(a.createdAt)}</Text>
          </Group>
        ))}
      </Stack>
      {mayUpload && (
        <Stack component="form" gap="xs" mt="md" onSubmit={send} aria-label={t('fileUpload')}>
          {error && <Alert color="red" role="alert">{error}</Alert>}
          {done && <Alert color="teal" role="status">{done}</Alert>}
          <FileInput label={t('fileChoose')} name="file" value={file} onChange={setFile} clearable accept=".pdf,.doc,.docx,.xls,.xlsx,.png,.jpg,.jpeg,.txt" />
          <Group><Button type="submit" variant="light" loading={busy} disabled={!file}>{t('fileUpload')}</Button></Group>
        </Stack>
      )}
    </Card>
  );
}
