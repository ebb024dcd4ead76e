// Ý kiến chỉ đạo và trao đổi: the composer of the task's thread. Leaders (and the secretariat) give
// directions; everyone concerned with the task comments. The thread itself reads in the timeline.
import { Alert, Button, Group, SegmentedControl, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ReportKind } from '../../../../src/domain/task.ts';
import type { TaskDetail } from '../../../../src/contract/index.ts';
import { api } from '../../api.ts';
import { useSubmit } from '../Async.tsx';
import { useI18n } from '../../i18n.tsx';

export function TaskThread({ x, allowed, onDone }: { x: TaskDetail; allowed: Set<ReportKind> | 'all'; onDone(t: TaskDetail): void }) {
  const { t } = useI18n();
  const may = (k: ReportKind) => allowed === 'all' || allowed.has(k);
  const kinds = (['direction', 'comment'] as const).filter(may);
  const [kind, setKind] = useState<'direction' | 'comment'>(kinds[0] ?? 'comment');
  const [text, setText] = useState('');
  const { busy, error, run } = useSubmit();
  if (kinds.length === 0) return null;
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (await run(async () => onDone((await api.addReport(x.id, { kind, text })).task))) setText('');
  }
  return (
    <Stack component="form" gap="xs" mb="md" onSubmit={submit} aria-label={t('actComment')} data-testid="task-thread-form">
      {error && <Alert color="red" role="alert">{error}</Alert>}
      {kinds.length > 1 && (
        <SegmentedControl value={kind} onChange={(v) => setKind(v as typeof kind)} data={kinds.map((k) => ({ value: k, label: t(k === 'direction' ? 'actDirection' : 'actComment') }))} />
      )}
      <Textarea aria-label={t(kind === 'direction' ? 'actDirection' : 'actComment')} placeholder={t(kind === 'direction' ? 'actDirection' : 'actComment')} name="threadText"
        autosize minRows={2} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <Group><Button type="submit" size="xs" loading={busy} disabled={!text.trim()}>{t('threadSend')}</Button></Group>
    </Stack>
  );
}
