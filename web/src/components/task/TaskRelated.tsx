// The task's parent and its related targets, by name (their ids mean nothing to a reader); a name
// not readable (outside the reader's units) falls back to the id, still a link.
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { TaskDetail } from '../../../../src/contract/index.ts';
import { api } from '../../api.ts';
import { useApi } from '../Async.tsx';
import { useI18n } from '../../i18n.tsx';

export function TaskRelated({ x }: { x: TaskDetail }) {
  const { t } = useI18n();
  const names = useApi(async () => {
    const named = async (id: string, read: (id: string) => Promise<string>) => [id, await read(id).catch(() => id)] as const;
    const all = await Promise.all([
      ...(x.parentId ? [named(x.parentId, async (id) => (await api.task(id)).title)] : []),
      ...x.targetIds.map((id) => named(id, async (tid) => (await api.target(tid)).label)),
    ]);
    return new Map(all);
  }, [x.id, x.parentId, x.targetIds.join(',')]);
  const name = (id: string) => names.data?.get(id) ?? '…';
  if (!x.parentId && x.targetIds.length === 0) return null;
  return (
    <Stack gap={4} mt="md" data-testid="task-related">
      {x.parentId && <Text size="sm">{t('parentTask')}: <Anchor component={Link} to={`/nhiem-vu/${x.parentId}`}>{name(x.parentId)}</Anchor></Text>}
      {x.targetIds.length > 0 && (
        <Text size="sm">{t('linkedTargets')}: {x.targetIds.map((id, i) => <span key={id}>{i > 0 && '; '}<Anchor component={Link} to={`/chi-tieu/${id}`}>{name(id)}</Anchor></span>)}</Text>
      )}
    </Stack>
  );
}
