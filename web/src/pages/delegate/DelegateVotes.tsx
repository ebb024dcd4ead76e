// The questions put to the vote, as a delegate's phone shows them: three big buttons while open, the count pushed live.
import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { Loading, errorMessage, useApi } from '../../components/Async.tsx';
import type { VoteView } from '../../../../src/contract/congress-floor.ts';
import type { VoteChoice } from '../../../../src/domain/congress/vote.ts';
import { floorApi } from '../congress-floor/floor-api.ts';
import { VoteCount, useLiveVotes } from '../congress-floor/VoteCount.tsx';
import { KIND_WORD, useFloorWords } from '../congress-floor/words.ts';

const BUTTONS: { choice: VoteChoice; color: string }[] = [
  { choice: 'agree', color: 'green' },
  { choice: 'disagree', color: 'red' },
  { choice: 'abstain', color: 'gray' },
];

export function DelegateVotes({ congress }: { congress: string }) {
  const { w } = useFloorWords();
  const state = useApi(() => floorApi.votes(congress), [congress]);
  const reload = state.reload;
  useLiveVotes(congress, state, 3000);
  if (!state.data) return state.error ? <Alert color="red">{errorMessage(state.error)}</Alert> : <Loading />;
  const votes = state.data.items;
  return (
    <Stack gap="md" mb="xl">
      <Title order={2} size="h5">{w('votes')}</Title>
      {votes.length === 0 && <Text c="dimmed">{w('noVotes')}</Text>}
      {votes.map((v) => <Ballot key={v.id} congress={congress} vote={v} onVoted={reload} />)}
    </Stack>
  );
}

function Ballot({ congress, vote, onVoted }: { congress: string; vote: VoteView; onVoted: () => void }) {
  const { w } = useFloorWords();
  const [busy, setBusy] = useState<VoteChoice | null>(null);
  const [error, setError] = useState<string | null>(null);
  const cast = useCallback(async (choice: VoteChoice) => {
    setBusy(choice);
    setError(null);
    try {
      await floorApi.cast(congress, vote.id, choice);
    } catch (e) {
      setError(errorMessage(e).replace(/^vote: /u, ''));
    } finally {
      setBusy(null);
      onVoted();
    }
  }, [congress, vote.id, onVoted]);
  const canVote = vote.status === 'open' && !vote.mine?.voted;
  return (
    <Card withBorder padding="md" data-testid="delegate-vote" data-vote-id={vote.id} data-status={vote.status}>
      <Group gap="xs" mb="xs">
        <Badge variant="light">{w(KIND_WORD[vote.kind])}</Badge>
        {vote.secret && <Badge variant="outline">{w('secret')}</Badge>}
        <Badge color={vote.status === 'open' ? 'blue' : 'gray'}>{w(vote.status)}</Badge>
      </Group>
      <Text fw={600} mb="sm" style={{ overflowWrap: 'anywhere' }}>{vote.question}</Text>
      {error && <Alert color="red" role="alert" mb="sm">{error}</Alert>}
      {canVote ? (
        <Stack gap="sm">
          {BUTTONS.map((b) => (
            <Button key={b.choice} size="xl" color={b.color} fullWidth loading={busy === b.choice} disabled={busy !== null} onClick={() => void cast(b.choice)}>{w(b.choice)}</Button>
          ))}
        </Stack>
      ) : (
        <>
          {vote.mine?.voted && <Text c="green" fw={600} mb="xs" data-testid="my-ballot">{vote.mine.choice ? w('votedAs', { choice: w(vote.mine.choice) }) : w('voted')}</Text>}
          <VoteCount vote={vote} />
        </>
      )}
    </Card>
  );
}
