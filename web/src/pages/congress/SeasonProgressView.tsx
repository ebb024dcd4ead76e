// A season's progress as of a day: held / total, behind plan, the forecast against the deadline and the latest day, by month and by party committee.
import { Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { forecastStanding } from '../../../../src/domain/congress/forecast.ts';
import { percentVi } from '../../../../src/domain/congress/percent.ts';
import type { SeasonProgress } from '../../../../src/domain/congress/season.ts';
import { useWords } from './words.ts';

const STANDING = { on_time: ['green', 'forecastOnTime'], late: ['orange', 'forecastLate'], too_late: ['red', 'forecastTooLate'], unknown: ['gray', 'forecastOnTime'] } as const;

export function SeasonProgressView({ p }: { p: SeasonProgress }) {
  const { w, date, number } = useWords();
  const standing = forecastStanding(p.forecastDone, p.deadline, p.latest);
  const [color, word] = STANDING[standing];
  const month = (m: string) => `${Number(m.slice(5, 7))}/${m.slice(0, 4)}`;
  return (
    <Stack gap="sm" data-testid="season-progress">
      <Text c="dimmed">{w('progressAsOf', { day: date(p.asOf) })} · {w('seasonLimits', { deadline: date(p.deadline), latest: date(p.latest) })}</Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        <Card withBorder padding="sm"><Text size="sm" c="dimmed">{w('heldOf')}</Text><Text fz={26} fw={700} data-testid="season-held">{number(p.held, 0)}/{number(p.total, 0)}</Text><Text size="sm" c="dimmed">{percentVi(p.heldPercent)}</Text></Card>
        <Card withBorder padding="sm"><Text size="sm" c="dimmed">{w('remaining')}</Text><Text fz={26} fw={700}>{number(p.remaining, 0)}</Text></Card>
        <Card withBorder padding="sm"><Text size="sm" c="dimmed">{w('behindPlan')}</Text><Text fz={26} fw={700} c={p.behindPlan > 0 ? 'red' : undefined} data-testid="season-behind">{number(p.behindPlan, 0)}</Text></Card>
        <Card withBorder padding="sm">
          <Text size="sm" c="dimmed">{w('forecast')}</Text>
          <Text fz={26} fw={700} data-testid="season-forecast">{p.forecastDone ? date(p.forecastDone) : '—'}</Text>
          {standing !== 'unknown' && <Badge color={color} variant="light">{w(word)}</Badge>}
        </Card>
      </SimpleGrid>
      {p.modelCongresses.total > 0 && <Text size="sm">{w('modelCongresses', { held: p.modelCongresses.held, total: p.modelCongresses.total })}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <Card withBorder padding="sm">
          <Title order={3} size="h6" mb={4}>{w('byMonth')}</Title>
          <Table fz="sm" verticalSpacing={2}>
            <Table.Thead><Table.Tr><Table.Th>{w('colMonth')}</Table.Th><Table.Th ta="right">{w('colCount')}</Table.Th></Table.Tr></Table.Thead>
            <Table.Tbody>{p.remainingByMonth.map((m) => <Table.Tr key={m.month}><Table.Td>{month(m.month)}</Table.Td><Table.Td ta="right">{number(m.count, 0)}</Table.Td></Table.Tr>)}</Table.Tbody>
          </Table>
        </Card>
        <Card withBorder padding="sm">
          <Title order={3} size="h6" mb={4}>{w('byParent')}</Title>
          <Table.ScrollContainer minWidth={300}>
            <Table fz="sm" verticalSpacing={2} data-testid="season-by-parent">
              <Table.Thead><Table.Tr><Table.Th>{w('colParent')}</Table.Th><Table.Th ta="right">{w('colHeld')}</Table.Th><Table.Th ta="right">%</Table.Th><Table.Th ta="right">{w('colBehind')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {p.byParent.map((u) => (
                  <Table.Tr key={u.unit}>
                    <Table.Td>{u.unit}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>{u.held}/{u.total}</Table.Td>
                    <Table.Td ta="right">{percentVi(u.heldPercent)}</Table.Td>
                    <Table.Td ta="right" c={u.behindPlan > 0 ? 'red' : undefined}>{u.behindPlan}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

/** The dashboard's line while a season is open: one sentence and a link. */
export function SeasonLine({ name, p }: { name: string; p: SeasonProgress }) {
  const { w, date } = useWords();
  return (
    <Group gap="xs">
      <Text size="sm" data-testid="dash-season">
        <b>{w('dashSeason', { name })}:</b> {w('dashSeasonLine', { held: p.held, total: p.total, percent: percentVi(p.heldPercent), behind: p.behindPlan, forecast: p.forecastDone ? date(p.forecastDone) : '—' })}
      </Text>
    </Group>
  );
}
