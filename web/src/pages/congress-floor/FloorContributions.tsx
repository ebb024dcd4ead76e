// Tham luận: register written contributions, mark those presented, and the count the bulletin quotes.
import { Alert, Button, Card, Checkbox, FileInput, Group, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Loading, errorMessage, useApi, useSubmit } from '../../components/Async.tsx';
import { floorApi } from './floor-api.ts';
import { useFloorWords } from './words.ts';

export function FloorContributions({ congress }: { congress: string }) {
  const { w, number } = useFloorWords();
  const state = useApi(() => floorApi.contributions(congress), [congress]);
  const [delegate, setDelegate] = useState('');
  const [author, setAuthor] = useState('');
  const [committee, setCommittee] = useState('');
  const [topic, setTopic] = useState('');
  const [presented, setPresented] = useState(false);
  const send = useSubmit();
  const toggle = useSubmit();
  const importing = useSubmit();
  const [file, setFile] = useState<File | null>(null);
  async function register(e: React.FormEvent) {
    e.preventDefault();
    const body = { delegate: delegate || undefined, author: author || undefined, committee: committee || undefined, topic, presented };
    if (await send.run(() => floorApi.registerContribution(congress, body))) {
      setDelegate('');
      setAuthor('');
      setCommittee('');
      setTopic('');
      setPresented(false);
      state.reload();
    }
  }
  return (
    <Stack>
      <Card withBorder>
        <form onSubmit={register}>
          <Stack gap="sm">
            <Title order={2} size="h5">{w('registerContribution')}</Title>
            {send.error && <Alert color="red" role="alert">{send.error}</Alert>}
            <Group grow align="flex-start">
              <TextInput label={w('contributionDelegate')} name="delegate" value={delegate} onChange={(e) => setDelegate(e.currentTarget.value)} />
              <TextInput label={w('author')} name="author" value={author} onChange={(e) => setAuthor(e.currentTarget.value)} />
              <TextInput label={w('committee')} name="committee" value={committee} onChange={(e) => setCommittee(e.currentTarget.value)} />
            </Group>
            <TextInput label={w('topic')} name="topic" required value={topic} onChange={(e) => setTopic(e.currentTarget.value)} />
            <Checkbox label={w('presented')} checked={presented} onChange={(e) => setPresented(e.currentTarget.checked)} />
            <Group><Button type="submit" loading={send.busy}>{w('registerContribution')}</Button></Group>
          </Stack>
        </form>
      </Card>
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h5">{w('importContributions')}</Title>
          <Text size="sm" c="dimmed">{w('importContributionsHelp')}</Text>
          {importing.error && <Alert color="red" role="alert">{importing.error}</Alert>}
          <Group align="flex-end">
            <FileInput name="register" value={file} onChange={setFile} accept=".csv,.xlsx" clearable aria-label={w('importContributions')} style={{ flex: '1 1 260px' }} />
            <Button disabled={!file} loading={importing.busy}
              onClick={() => file && void importing.run(() => floorApi.importContributions(congress, file)).then((ok) => { if (ok) { setFile(null); state.reload(); } })}>{w('importButton')}</Button>
          </Group>
        </Stack>
      </Card>
      {toggle.error && <Alert color="red" role="alert">{toggle.error}</Alert>}
      {!state.data ? (state.error ? <Alert color="red">{errorMessage(state.error)}</Alert> : <Loading />) : (
        <Card withBorder>
          <Text fw={700} mb="sm" data-testid="contributions-count">{w('contributionsCount', { registered: number(state.data.registered, 0), presented: number(state.data.presented, 0) })}</Text>
          {state.data.items.length === 0 ? <Text c="dimmed">{w('noContributions')}</Text> : (
            <Table.ScrollContainer minWidth={600}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr><Table.Th>{w('author')}</Table.Th><Table.Th>{w('committee')}</Table.Th><Table.Th>{w('topic')}</Table.Th><Table.Th>{w('presented')}</Table.Th></Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {state.data.items.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.author}{c.delegate ? ` (${c.delegate})` : ''}</Table.Td>
                      <Table.Td>{c.committee}</Table.Td>
                      <Table.Td>{c.topic}</Table.Td>
                      <Table.Td>
                        <Switch checked={c.presented} aria-label={w('presented')} disabled={toggle.busy}
                          onChange={(e) => void toggle.run(() => floorApi.markPresented(congress, c.id, e.currentTarget.checked)).then(state.reload)} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      )}
    </Stack>
  );
}
