// A table of targets: label, goal and period, latest figure, status; details fold under the label on a phone.
import { Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useAppState } from '../app-state.tsx';
import { useI18n } from '../i18n.tsx';
import type { TargetItem } from '../../../src/contract/index.ts';
import { TargetStatusBadge } from './StatusBadge.tsx';

export function goalText(x: { value: number; max: number | null; unit: string; comparator?: string }, amount: (v: number, u: string) => string): string {
  const cmp = x.comparator === '<=' || x.comparator === '<' ? '≤ ' : x.comparator === '>=' || x.comparator === '>' ? '≥ ' : '';
  return x.max !== null ? `${amount(x.value, x.unit)} – ${amount(x.max, x.unit)}` : `${cmp}${amount(x.value, x.unit)}`;
}

export function TargetTable({ items, showUnit = true }: { items: TargetItem[]; showUnit?: boolean }) {
  const { t, amount, group } = useI18n();
  const { unitName } = useAppState();
  if (items.length === 0) return <Text p="md">{t('none')}</Text>;
  return (
    <Table verticalSpacing="sm" highlightOnHover data-testid="target-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('colTarget')}</Table.Th>
          <Table.Th visibleFrom="sm">{t('colGoal')}</Table.Th>
          <Table.Th visibleFrom="md">{t('colLatest')}</Table.Th>
          {showUnit && <Table.Th visibleFrom="lg">{t('colUnit')}</Table.Th>}
          <Table.Th visibleFrom="sm" w={180}>{t('colStatus')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((x) => (
          <Table.Tr key={x.id} data-target-id={x.id}>
            <Table.Td>
              <Anchor component={Link} to={`/chi-tieu/${x.id}`} fw={500}>{x.label}</Anchor>
              <Text size="xs" c="dimmed">{group(x.group)}</Text>
              <Stack gap={4} mt={4} hiddenFrom="sm">
                <div><TargetStatusBadge status={x.status} label={x.statusLabel} size="sm" /></div>
                <Text size="xs">{t('colGoal')}: {goalText(x, amount)} ({x.periodLabel})</Text>
                {x.latest && <Text size="xs">{t('colLatest')}: {amount(x.latest.value, x.latest.unit)} ({x.latest.periodLabel})</Text>}
              </Stack>
            </Table.Td>
            <Table.Td visibleFrom="sm"><Text size="sm">{goalText(x, amount)}</Text><Text size="xs" c="dimmed">{x.periodLabel}</Text></Table.Td>
            <Table.Td visibleFrom="md">
              {x.latest ? <><Text size="sm">{amount(x.latest.value, x.latest.unit)}</Text><Text size="xs" c="dimmed">{x.latest.periodLabel}</Text></> : '—'}
            </Table.Td>
            {showUnit && <Table.Td visibleFrom="lg"><Text size="sm">{unitName(x.ownerUnitId)}</Text></Table.Td>}
            <Table.Td visibleFrom="sm"><TargetStatusBadge status={x.status} label={x.statusLabel} size="sm" /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
