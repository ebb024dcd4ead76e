// A table of tasks: title, lead unit, deadline, status, progress; on a phone the details fold
// under the title so nothing has to scroll sideways.
import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useAppState } from '../app-state.tsx';
import { useI18n } from '../i18n.tsx';
import type { TaskItem } from '../../../src/contract/index.ts';
import { TaskStatusBadge } from './StatusBadge.tsx';
import type { TaskPick } from './task/TaskReminders.tsx';
import { RemindPick } from './task/RemindPick.tsx';

/** With `pick`, each task this reader may remind has a tick to choose it for a reminder (đôn đốc). */
export function TaskTable({ items, showUnit = true, pick }: { items: TaskItem[]; showUnit?: boolean; pick?: TaskPick | undefined }) {
  const { t, date, number } = useI18n();
  const { unitName } = useAppState();
  const deadlineText = (x: TaskItem) => (x.state.deadline ? date(x.state.deadline) : x.recurring ? t('recurring') : t('noDeadline'));
  return (
    <Table verticalSpacing="sm" highlightOnHover data-testid="task-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('colTask')}</Table.Th>
          {showUnit && <Table.Th visibleFrom="md">{t('colLeadUnit')}</Table.Th>}
          <Table.Th visibleFrom="sm" w={110}>{t('colDeadline')}</Table.Th>
          <Table.Th visibleFrom="sm" w={190}>{t('colStatus')}</Table.Th>
          <Table.Th visibleFrom="md" w={110}>{t('colProgress')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((x) => (
          <Table.Tr key={x.id} data-task-id={x.id}>
            <Table.Td>
              <RemindPick x={x} pick={pick}><Anchor component={Link} to={`/nhiem-vu/${x.id}`} fw={500}>{x.title}</Anchor></RemindPick>
              <Stack gap={4} mt={4} hiddenFrom="sm">
                <Group gap="xs"><TaskStatusBadge status={x.status} size="sm" /></Group>
                <Text size="xs" c="dimmed">
                  {showUnit && <>{unitName(x.leadUnitId)} · </>}{t('colDeadline')}: {deadlineText(x)}
                  {x.state.progress !== null && <> · {number(x.state.progress, 0)}%</>}
                </Text>
              </Stack>
            </Table.Td>
            {showUnit && <Table.Td visibleFrom="md">{x.leadUnitId ? <Anchor component={Link} to={`/don-vi/${x.leadUnitId}`} size="sm">{unitName(x.leadUnitId)}</Anchor> : '—'}</Table.Td>}
            <Table.Td visibleFrom="sm"><Text size="sm">{deadlineText(x)}</Text></Table.Td>
            <Table.Td visibleFrom="sm"><TaskStatusBadge status={x.status} size="sm" /></Table.Td>
            <Table.Td visibleFrom="md">
              {x.state.progress === null ? '—' : (
                <Stack gap={2}>
                  <Text size="sm">{number(x.state.progress, 0)}%</Text>
                  <Progress value={x.state.progress} size="sm" aria-hidden="true" />
                </Stack>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
