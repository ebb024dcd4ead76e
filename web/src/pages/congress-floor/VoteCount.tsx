// A question's count as a screen shows it, pushed live: present, voted, each choice with its share of those present, the result.
import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useCallback } from 'react';
import { percentVi } from '../../../../src/domain/congress/percent.ts';
import type { VoteList, VoteView } from '../../../../src/contract/congress-floor.ts';
import { useLive } from '../../live.ts';
import { useFloorWords } from './words.ts';

/**
 * The live count without reloading the page: the server pushes the list after every vote opened, cast or
 * closed and every check-in (GET …/votes/stream); while the stream is down, `reload` runs every `pollMs`.
 */
export function useLiveVotes(congress: string, state: { setData: (d: VoteList) => void; reload: () => void }, pollMs: number) {
  const { setData, reload } = state;
  const poll = useCallback(async () => reload(), [reload]);
  return useLive<VoteList>(`/congresses/${encodeURIComponent(congress)}/votes/stream`, 'votes', setData, poll, pollMs);
}

const COLORS = { agree: 'green', disagree: 'red', abstain: 'gray' } as const;

export function VoteCount({ vote }: { vote: VoteView }) {
  const { w, number } = useFloorWords();
  const c = vote.count;
  return (
    <Stack gap={6} data-testid="vote-count" data-vote-id={vote.id}>
      <Group gap="lg">
        <Text size="sm">{w('present')}: <b data-testid="count-present">{number(c.present, 0)}</b></Text>
        <Text size="sm">{w('votedCount')}: <b data-testid="count-voted">{number(c.voted, 0)}</b> ({percentVi(c.votedPercent)})</Text>
      </Group>
      {c.choices ? (
        c.choices.map((x) => (
          <div key={x.choice} data-choice={x.choice}>
            <Group justify="space-between" gap="xs">
              <Text size="sm">{w(x.choice)}</Text>
              <Text size="sm" fw={600} data-testid={`count-${x.choice}`}>{number(x.count, 0)} ({percentVi(x.percent)})</Text>
            </Group>
            <Progress value={x.percent} color={COLORS[x.choice]} aria-label={w(x.choice)} />
          </div>
        ))
      ) : (
        <Text size="sm" c="dimmed">{w('hiddenUntilClosed')}</Text>
      )}
      {vote.result && (
        <Group gap="sm">
          <Badge color={vote.result.passed ? 'green' : 'red'} size="lg" data-testid="vote-result">{w(vote.result.passed ? 'passed' : 'notPassed')}</Badge>
          <Text size="sm">{w('resultLine', { agree: number(vote.result.agree, 0), convened: number(vote.result.convened, 0), percent: percentVi(vote.result.agreePercentOfConvened) })}</Text>
        </Group>
      )}
    </Stack>
  );
}
