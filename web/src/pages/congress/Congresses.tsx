// Đại hội: the congresses so far, and the secretariat's form to create one.
import { Alert, Anchor, Button, Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { AsyncView, useApi, useSubmit } from '../../components/Async.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useManages } from '../review/Periods.tsx';
import { congressApi } from './congress-api.ts';
import { useWords } from './words.ts';

export default function CongressesPage() {
  const { w, date } = useWords();
  const manages = useManages();
  const state = useApi(() => congressApi.list(), []);
  return (
    <>
      <PageTitle>{w('title')}</PageTitle>
      <Stack gap="lg">
        <AsyncView state={state}>
          {(d) =>
            d.items.length === 0 ? <Text c="dimmed">{w('none')}</Text> : (
              <Card withBorder padding={0}>
                <Table.ScrollContainer minWidth={320}>
                  <Table verticalSpacing="sm" data-testid="congress-table">
                    <Table.Thead>
                      <Table.Tr><Table.Th>{w('colName')}</Table.Th><Table.Th visibleFrom="xs">{w('colCode')}</Table.Th><Table.Th>{w('colDays')}</Table.Th></Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {d.items.map((c) => (
                        <Table.Tr key={c.id}>
                          <Table.Td><Anchor component={Link} to={`/dai-hoi/${encodeURIComponent(c.code)}`} fw={600}>{c.name}</Anchor></Table.Td>
                          <Table.Td visibleFrom="xs">{c.code}</Table.Td>
                          <Table.Td>{c.startsOn === c.endsOn ? date(c.startsOn) : `${date(c.startsOn)} – ${date(c.endsOn)}`}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Card>
            )
          }
        </AsyncView>
        {manages && <CreateForm />}
      </Stack>
    </>
  );
}

function CreateForm() {
  const { w } = useWords();
  const navigate = useNavigate();
  const [f, setF] = useState({ code: '', name: '', startsOn: '', endsOn: '' });
  const { busy, error, run } = useSubmit();
  const set = (k: keyof typeof f) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const v = e.currentTarget.value;
    // A one-day congress is common: the closing day follows the opening day until it is set.
    setF((x) => ({ ...x, [k]: v, ...(k === 'startsOn' && (!x.endsOn || x.endsOn < v) ? { endsOn: v } : {}) }));
  };
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await run(async () => {
      const c = await congressApi.create({ ...f, code: f.code.trim(), name: f.name.trim() });
      navigate(`/dai-hoi/${encodeURIComponent(c.code)}`);
    });
  }
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="create-congress-title">
      <Title order={2} size="h4" mb="sm" id="create-congress-title">{w('createTitle')}</Title>
      <Stack gap="sm">
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={w('createCode')} name="code" required value={f.code} onChange={set('code')} placeholder="DH-2025" />
          <TextInput label={w('createName')} name="name" required value={f.name} onChange={set('name')} />
          <TextInput label={w('createFrom')} name="startsOn" type="date" required value={f.startsOn} onChange={set('startsOn')} />
          <TextInput label={w('createTo')} name="endsOn" type="date" required value={f.endsOn} onChange={set('endsOn')} />
        </SimpleGrid>
        <Group><Button type="submit" loading={busy} disabled={!f.code.trim() || !f.name.trim() || !f.startsOn || !f.endsOn}>{w('createButton')}</Button></Group>
      </Stack>
    </Card>
  );
}
