// The secretariat's votes screen: put a question to the vote, watch the live count, close it and see the result.
import { Alert, Badge, Button, Card, Checkbox, Group, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Loading, errorMessage, useApi, useSubmit } from '../../components/Async.tsx';
import type { VoteKind } from '../../../../src/domain/congress/vote.ts';
import { floorApi } from './floor-api.ts';
import { VoteCount, useLiveVotes } from './VoteCount.tsx';
import { KIND_WORD, useFloorWords } from './words.ts';

export function FloorVotes({ congress }: { congress: string }) {
  const { w, dateTime } = useFloorWords();
  const state = useApi(() => floorApi.votes(congress), [congress]);
  useLiveVotes(congress, state, 2000);
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<VoteKind>('resolution');
  const [secret, setSecret] = useState(false);
  const send = useSubmit();
  const closing = useSubmit();
  async function open(e: React.FormEvent) {
    e.preventDefault();
    if (await send.run(() => floorApi.openVote(congress, { question, kind, secret }))) {
      setQuestion('');
      state.reload();
    }
  }
  return (
    <Stack>
      <Card withBorder>
        <form onSubmit={open}>
          <Stack gap="sm">
            <Title order={2} size="h5">{w('openVote')}</Title>
            {send.error && <Alert color="red" role="alert">{send.error}</Alert>}
            <Textarea label={w('question')} name="question" required autosize minRows={2} value={question} onChange={(e) => setQuestion(e.currentTarget.value)} />
            <Group align="flex-end">
              <Select label={w('kind')} name="kind" value={kind} allowDeselect={false} onChange={(v) => v && setKind(v as VoteKind)}
                data={[{ value: 'programme', label: w('kindProgramme') }, { value: 'resolution', label: w('kindResolution') }, { value: 'other', label: w('kindOther') }]} />
              <Checkbox label={w('secret')} name="secret" checked={secret} onChange={(e) => setSecret(e.currentTarget.checked)} mb={8} />
              <Button type="submit" loading={send.busy}>{w('openVote')}</Button>
            </Group>
          </Stack>
        </form>
      </Card>
      {closing.error && <Alert color="red" role="alert">{closing.error}</Alert>}
      {!state.data ? (state.error ? <Alert color="red">{errorMessage(state.error)}</Alert> : <Loading />) : state.data.items.length === 0 ? (
        <Text c="dimmed">{w('noVotes')}</Text>
      ) : (
        state.data.items.map((v) => (
          <Card withBorder key={v.id} data-testid="floor-vote" data-vote-id={v.id} data-status={v.status}>
            <Group justify="space-between" align="flex-start" mb="xs">
              <div>
                <Group gap="xs" mb={4}>
                  <Badge variant="light">{w(KIND_WORD[v.kind])}</Badge>
                  {v.secret && <Badge variant="outline">{w('secret')}</Badge>}
                  <Badge color={v.status === 'open' ? 'blue' : 'gray'}>{w(v.status)}</Badge>
                  <Text size="xs" c="dimmed">{dateTime(v.openedAt)}</Text>
                </Group>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{v.question}</Text>
              </div>
              {v.status === 'open' && (
                <Button color="red" variant="light" loading={closing.busy} onClick={() => void closing.run(() => floorApi.closeVote(congress, v.id)).then(state.reload)}>{w('closeVote')}</Button>
              )}
            </Group>
            <VoteCount vote={v} />
          </Card>
        ))
      )}
    </Stack>
  );
}
