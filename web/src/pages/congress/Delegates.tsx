// The delegates table of the hall: search (without diacritics), filters by party committee, kind and check-in, and the review's buttons.
import { Badge, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { DelegateView } from '../../../../src/contract/index.ts';
import { clockTimeVi } from '../../../../src/domain/congress/clock.ts';
import { searchKey } from '../../../../src/domain/search.ts';
import { ReviewDialog, type ReviewAction } from './ReviewDialog.tsx';
import { useWords } from './words.ts';

const STATUS_COLOR = { confirmed: 'green', excused: 'orange', replaced: 'gray' } as const;

export function DelegatesTable({ congress, delegates, manages, onChanged }: { congress: string; delegates: DelegateView[]; manages: boolean; onChanged(): void }) {
  const { w, label } = useWords();
  const [q, setQ] = useState('');
  const [unit, setUnit] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [presence, setPresence] = useState<string | null>(null);
  const [action, setAction] = useState<{ delegate: DelegateView; action: ReviewAction } | null>(null);
  const units = useMemo(() => [...new Set(delegates.map((d) => d.unit))].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true })), [delegates]);
  const kinds = useMemo(() => [...new Set(delegates.map((d) => d.kind))], [delegates]);
  const shown = useMemo(() => {
    const key = searchKey(q);
    return delegates.filter((d) =>
      (!key || searchKey(`${d.name} ${d.code}`).includes(key)) &&
      (!unit || d.unit === unit) &&
      (!kind || d.kind === kind) &&
      (!presence || (presence === 'yes') === (d.checkins.length > 0)));
  }, [delegates, q, unit, kind, presence]);
  const statusWord = (d: DelegateView) => w(d.status === 'confirmed' ? 'statusConfirmed' : d.status === 'excused' ? 'statusExcused' : 'statusReplaced');

  return (
    <Card withBorder padding="sm">
      <Title order={2} size="h4" mb="sm">{w('delegatesTitle')}</Title>
      <Stack gap="sm">
        <Group gap="sm" align="flex-end">
          <TextInput type="search" aria-label={w('search')} placeholder={w('search')} value={q} onChange={(e) => setQ(e.currentTarget.value)} style={{ flex: '2 1 200px' }} />
          <Select aria-label={w('filterUnit')} placeholder={w('filterUnit')} data={units} value={unit} onChange={setUnit} clearable searchable style={{ flex: '1 1 160px' }} />
          <Select aria-label={w('filterKind')} placeholder={w('filterKind')} data={kinds.map((k) => ({ value: k, label: label(k) }))} value={kind} onChange={setKind} clearable style={{ flex: '1 1 160px' }} />
          <Select aria-label={w('filterPresence')} placeholder={w('filterPresence')} data={[{ value: 'yes', label: w('presentYes') }, { value: 'no', label: w('presentNo') }]}
            value={presence} onChange={setPresence} clearable style={{ flex: '1 1 140px' }} />
        </Group>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="delegates-shown">{w('shown', { n: shown.length, total: delegates.length })}</Text>
        <Table.ScrollContainer minWidth={340}>
          <Table verticalSpacing="xs" fz="sm" data-testid="delegate-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{w('colDelegate')}</Table.Th>
                <Table.Th visibleFrom="sm">{w('colUnit')}</Table.Th>
                <Table.Th visibleFrom="md">{w('colKind')}</Table.Th>
                <Table.Th visibleFrom="md">{w('colBorn')}</Table.Th>
                <Table.Th>{w('colReview')}</Table.Th>
                <Table.Th>{w('colCheckin')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((d) => (
                <Table.Tr key={d.code} data-delegate={d.code} data-status={d.status}>
                  <Table.Td>
                    <Text size="sm" fw={600} td={d.status === 'replaced' ? 'line-through' : undefined}>{d.name}</Text>
                    <Text size="xs" c="dimmed">{d.code}<Text span hiddenFrom="sm" size="xs"> · {d.unit}</Text></Text>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{d.unit}</Table.Td>
                  <Table.Td visibleFrom="md">{label(d.kind)}</Table.Td>
                  <Table.Td visibleFrom="md">{d.birthYear}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[d.status]} variant="light">{statusWord(d)}</Badge>
                    {d.statusReason && <Text size="xs" c="dimmed">{d.statusReason}</Text>}
                    {d.replacedBy && <Text size="xs" c="dimmed">{w('replacedBy', { code: d.replacedBy })}</Text>}
                    {d.replaces && <Text size="xs" c="dimmed">{w('replaces', { code: d.replaces })}</Text>}
                    {manages && d.status !== 'replaced' && d.checkins.length === 0 && (
                      <Group gap={4} mt={4}>
                        {d.status !== 'confirmed' && <Button size="compact-xs" variant="light" onClick={() => setAction({ delegate: d, action: 'confirm' })}>{w('confirm')}</Button>}
                        {d.status !== 'excused' && <Button size="compact-xs" variant="light" color="orange" onClick={() => setAction({ delegate: d, action: 'excuse' })}>{w('excuse')}</Button>}
                        <Button size="compact-xs" variant="light" color="gray" onClick={() => setAction({ delegate: d, action: 'replace' })}>{w('replace')}</Button>
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td data-testid="delegate-checkin">
                    {d.checkins.map((k) => (
                      <Text key={k.session} size="xs" style={{ whiteSpace: 'nowrap' }}>{w(k.session === 'tru-bi' ? 'sessionTruBi' : 'sessionChinhThuc')}: {clockTimeVi(k.at)}</Text>
                    ))}
                    {d.checkins.length === 0 && <Text size="xs" c="dimmed">—</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      {action && <ReviewDialog congress={congress} delegate={action.delegate} action={action.action} onClose={() => setAction(null)} onDone={() => { setAction(null); onChanged(); }} />}
    </Card>
  );
}
