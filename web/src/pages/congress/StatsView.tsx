// Section II on screen: convened, present and absent, then each breakdown as the bulletin prints it (78,9%).
import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { CongressStats } from '../../../../src/contract/index.ts';
import { percentVi } from '../../../../src/domain/congress/percent.ts';
import { useWords, type CongressWord } from './words.ts';

type Line = { label: string; count: number; percent?: number };
const BREAKDOWNS: Array<keyof CongressStats['breakdowns']> = ['gender', 'age', 'general', 'professional', 'theory', 'field'];

function Lines({ title, lines, testId }: { title: string; lines: Line[]; testId: string }) {
  const { label, number } = useWords();
  return (
    <Card withBorder padding="sm" data-testid={testId}>
      <Title order={3} size="h6" mb={4}>{title}</Title>
      <Table verticalSpacing={2} fz="sm">
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.label} data-label={l.label}>
              <Table.Td>{label(l.label)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{number(l.count, 0)}</Table.Td>
              {l.percent !== undefined && <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} c="dimmed">{percentVi(l.percent)}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}

function Big({ label, value, sub, testId }: { label: string; value: string; sub?: string; testId: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="sm" c="dimmed">{label}</Text>
      <Text fz={28} fw={700} lh={1.2} data-testid={testId}>{value}</Text>
      {sub && <Text size="sm" c="dimmed" data-testid={`${testId}-percent`}>{sub}</Text>}
    </Card>
  );
}

export function StatsView({ stats }: { stats: CongressStats }) {
  const { w, number } = useWords();
  const absentPercent = stats.convened === 0 ? 0 : Math.round((100 - stats.attendedPercent) * 10) / 10;
  const person = (p: CongressStats['oldest']) => (p ? w('personAge', { name: p.name, unit: p.unit, age: p.age }) : '—');
  return (
    <Stack gap="sm" data-testid="congress-stats">
      <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
        <Big label={w('convened')} value={number(stats.convened, 0)} testId="stat-convened" />
        <Big label={w('attended')} value={number(stats.attended, 0)} sub={percentVi(stats.attendedPercent)} testId="stat-attended" />
        <Big label={w('absent')} value={number(stats.absent, 0)} sub={percentVi(absentPercent)} testId="stat-absent" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        <Lines title={w('kinds')} lines={stats.kinds} testId="stat-kinds" />
        {stats.attended > 0 && BREAKDOWNS.map((b) => <Lines key={b} title={w(b as CongressWord)} lines={stats.breakdowns[b]} testId={`stat-${b}`} />)}
        {stats.attended > 0 && stats.academicTitles.length > 0 && <Lines title={w('academicTitles')} lines={stats.academicTitles} testId="stat-titles" />}
      </SimpleGrid>
      {stats.attended > 0 ? (
        <Group gap="xl">
          <Text size="sm"><b>{w('oldest')}:</b> <span data-testid="stat-oldest">{person(stats.oldest)}</span></Text>
          <Text size="sm"><b>{w('youngest')}:</b> <span data-testid="stat-youngest">{person(stats.youngest)}</span></Text>
          <Text size="sm" c="dimmed">{w('overPresent')}</Text>
        </Group>
      ) : <Text c="dimmed">{w('noneYetPresent')}</Text>}
    </Stack>
  );
}
