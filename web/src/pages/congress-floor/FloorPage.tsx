// Đại hội số, the secretariat's side: the congresses, and for one of them its votes, sign-in codes, programme and papers, contributions.
import { Anchor, Card, Stack, Table, Tabs, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { request } from '../../api.ts';
import { Loading, errorMessage, useApi } from '../../components/Async.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { FloorCodes } from './FloorCodes.tsx';
import { FloorVotes } from './FloorVotes.tsx';
import { FloorPapers } from './FloorPapers.tsx';
import { FloorContributions } from './FloorContributions.tsx';
import { useFloorWords } from './words.ts';

interface Congress { code: string; name: string; startsOn: string; endsOn: string }

export function FloorListPage() {
  const { w, date } = useFloorWords();
  const state = useApi(() => request<{ items: Congress[] }>('GET', '/congresses'), []);
  return (
    <>
      <PageTitle>{w('floorTitle')}</PageTitle>
      <Text c="dimmed" mb="md">{w('floorIntro')}</Text>
      {!state.data ? (state.error ? <Text c="red">{errorMessage(state.error)}</Text> : <Loading />) : (
        <Card withBorder>
          <Table>
            <Table.Tbody>
              {state.data.items.map((c) => (
                <Table.Tr key={c.code}>
                  <Table.Td><Anchor component={Link} to={`/dai-hoi-so/${encodeURIComponent(c.code)}`}>{c.name}</Anchor></Table.Td>
                  <Table.Td>{c.code}</Table.Td>
                  <Table.Td>{date(c.startsOn)} – {date(c.endsOn)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </>
  );
}

export default function FloorPage() {
  const { w } = useFloorWords();
  const code = useParams().code ?? '';
  return (
    <Stack gap={0}>
      <PageTitle text={`${w('floorTitle')} ${code}`}>{w('floorTitle')} · {code}</PageTitle>
      <Tabs defaultValue="votes" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="votes">{w('votes')}</Tabs.Tab>
          <Tabs.Tab value="codes">{w('signInCodes')}</Tabs.Tab>
          <Tabs.Tab value="papers">{w('programme')} · {w('papers')}</Tabs.Tab>
          <Tabs.Tab value="contributions">{w('contributions')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="votes"><FloorVotes congress={code} /></Tabs.Panel>
        <Tabs.Panel value="codes"><FloorCodes congress={code} /></Tabs.Panel>
        <Tabs.Panel value="papers"><FloorPapers congress={code} /></Tabs.Panel>
        <Tabs.Panel value="contributions"><FloorContributions congress={code} /></Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
