// The secretariat publishes the programme (typed in one box) and the papers' versions (text or file).
import { Alert, Autocomplete, Badge, Button, Card, FileInput, Group, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useApi, useSubmit } from '../../components/Async.tsx';
import { parseProgrammeText, programmeText } from '../../../../src/domain/congress/programme-text.ts';
import { floorApi } from './floor-api.ts';
import { useFloorWords } from './words.ts';

export function FloorPapers({ congress }: { congress: string }) {
  return (
    <Stack>
      <ProgrammeEditor congress={congress} />
      <PaperPublisher congress={congress} />
    </Stack>
  );
}

function ProgrammeEditor({ congress }: { congress: string }) {
  const { w, dateTime } = useFloorWords();
  const state = useApi(() => floorApi.programme(congress), [congress]);
  const [text, setText] = useState('');
  const send = useSubmit();
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    if (state.data) setText(programmeText(state.data.sessions));
  }, [state.data]);
  async function publish(e: React.FormEvent) {
    e.preventDefault();
    const parsed = parseProgrammeText(text);
    setProblem(parsed.ok ? null : parsed.message);
    if (parsed.ok) await send.run(async () => state.setData(await floorApi.publishProgramme(congress, parsed.sessions)));
  }
  return (
    <Card withBorder>
      <form onSubmit={publish}>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h5">{w('programme')}</Title>
            {state.data?.publishedAt && <Text size="xs" c="dimmed">{w('published')}: {dateTime(state.data.publishedAt)}</Text>}
          </Group>
          <Text size="sm" c="dimmed">{w('programmeHelp')}</Text>
          {(problem ?? send.error) && <Alert color="red" role="alert">{problem ?? send.error}</Alert>}
          <Textarea name="programme" autosize minRows={6} value={text} onChange={(e) => setText(e.currentTarget.value)} styles={{ input: { fontFamily: 'monospace' } }} aria-label={w('programme')} />
          <Group><Button type="submit" loading={send.busy}>{w('publishProgramme')}</Button></Group>
        </Stack>
      </form>
    </Card>
  );
}

function PaperPublisher({ congress }: { congress: string }) {
  const { w, dateTime } = useFloorWords();
  const state = useApi(() => floorApi.papers(congress), [congress]);
  const [title, setTitle] = useState('');
  const [label, setLabel] = useState('');
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const send = useSubmit();
  async function publish(e: React.FormEvent) {
    e.preventDefault();
    if (await send.run(() => floorApi.publishPaper(congress, { title, label, text }, file))) {
      setLabel('');
      setText('');
      setFile(null);
      state.reload();
    }
  }
  return (
    <Card withBorder>
      <form onSubmit={publish}>
        <Stack gap="sm">
          <Title order={2} size="h5">{w('publishPaper')}</Title>
          {send.error && <Alert color="red" role="alert">{send.error}</Alert>}
          <Autocomplete label={w('paperTitle')} name="title" required value={title} onChange={setTitle} data={state.data?.items.map((p) => p.title) ?? []} />
          <TextInput label={w('versionLabel')} name="label" value={label} onChange={(e) => setLabel(e.currentTarget.value)} />
          <Textarea label={w('paperText')} name="text" autosize minRows={3} maxRows={12} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <FileInput label={w('paperFile')} name="file" clearable value={file} onChange={setFile} accept=".pdf,.docx,.txt" />
          <Group><Button type="submit" loading={send.busy}>{w('publishPaper')}</Button></Group>
        </Stack>
      </form>
      <Stack gap="xs" mt="md">
        {state.data?.items.length === 0 && <Text c="dimmed">{w('noPapers')}</Text>}
        {state.data?.items.map((p) => (
          <Group key={p.id} justify="space-between" wrap="nowrap" data-testid="floor-paper">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{p.title}</Text>
            <Group gap="xs" wrap="nowrap">
              <Badge variant="light">{p.versions[0]?.label}</Badge>
              <Text size="xs" c="dimmed">{w('versions', { n: p.versions.length })} · {p.versions[0] ? dateTime(p.versions[0].publishedAt) : ''}</Text>
            </Group>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
