// The programme and the papers on a delegate's phone: sessions with their times, each paper's latest version first.
import { Alert, Anchor, Badge, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { Loading, errorMessage, useApi } from '../../components/Async.tsx';
import { floorApi } from '../congress-floor/floor-api.ts';
import { useFloorWords } from '../congress-floor/words.ts';

export function DelegateProgramme({ congress }: { congress: string }) {
  const { w, date } = useFloorWords();
  const state = useApi(() => floorApi.programme(congress), [congress]);
  if (!state.data) return state.error ? <Alert color="red">{errorMessage(state.error)}</Alert> : <Loading />;
  const sessions = state.data.sessions;
  return (
    <Stack gap="sm" mb="xl" data-testid="delegate-programme">
      <Title order={2} size="h5">{w('programme')}</Title>
      {sessions.length === 0 && <Text c="dimmed">{w('noProgramme')}</Text>}
      {sessions.map((s, i) => (
        <Card withBorder key={i} padding="sm">
          <Text fw={700}>{s.title}</Text>
          <Text size="sm" c="dimmed" mb="xs">{date(s.day)} · {s.starts}{s.ends ? `–${s.ends}` : ''}</Text>
          <Timeline bulletSize={12} lineWidth={2}>
            {s.items.map((it, j) => (
              <Timeline.Item key={j} title={<Text size="sm" fw={500}>{it.time ? `${it.time} · ` : ''}{it.title}</Text>}>
                {it.presenter && <Text size="xs" c="dimmed">{it.presenter}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        </Card>
      ))}
    </Stack>
  );
}

export function DelegatePaperList({ congress }: { congress: string }) {
  const { w, date } = useFloorWords();
  const state = useApi(() => floorApi.papers(congress), [congress]);
  if (!state.data) return state.error ? <Alert color="red">{errorMessage(state.error)}</Alert> : <Loading />;
  return (
    <Stack gap="sm" mb="xl">
      <Title order={2} size="h5">{w('papers')}</Title>
      {state.data.items.length === 0 && <Text c="dimmed">{w('noPapers')}</Text>}
      {state.data.items.map((p) => (
        <Card withBorder key={p.id} padding="sm" component={Link} to={`/dai-bieu/tai-lieu/${encodeURIComponent(p.id)}`} data-testid="delegate-paper">
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>{p.title}</Text>
          <Group gap="xs">
            <Badge variant="light">{p.versions[0]?.label}</Badge>
            <Text size="xs" c="dimmed">{date(p.versions[0]?.publishedAt.slice(0, 10) ?? '')} · {w('versions', { n: p.versions.length })}</Text>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** One paper: the chosen version (the latest unless ?ban=n), its text and file, and the list of every version. */
export function DelegatePaper({ congress }: { congress: string }) {
  const { w, dateTime } = useFloorWords();
  const id = useParams().id ?? '';
  const [params] = useSearchParams();
  const version = params.get('ban') ? Number(params.get('ban')) : undefined;
  const state = useApi(() => floorApi.paper(congress, id, version), [congress, id, version]);
  if (!state.data) return state.error ? <Alert color="red">{errorMessage(state.error)}</Alert> : <Loading />;
  const p = state.data;
  return (
    <Stack gap="sm">
      <Anchor component={Link} to="/dai-bieu" size="sm">← {w('back')}</Anchor>
      <Title order={2} size="h4" style={{ overflowWrap: 'anywhere' }}>{p.title}</Title>
      <Group gap="xs"><Badge data-testid="paper-version">{p.current.label}</Badge>{p.current.version === p.versions[0]?.version && <Text size="xs" c="dimmed">{w('latest')}</Text>}</Group>
      {p.current.fileName && <Anchor href={floorApi.paperFileUrl(congress, p.id, p.current.version)}>{w('downloadFile', { name: p.current.fileName })}</Anchor>}
      {p.current.text && (
        <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.6 }} data-testid="paper-text">{p.current.text}</Text>
      )}
      <Title order={3} size="h6" mt="md">{w('earlier')}</Title>
      <Stack gap={4}>
        {p.versions.map((v) => (
          <Anchor key={v.version} component={Link} to={`/dai-bieu/tai-lieu/${encodeURIComponent(p.id)}?ban=${v.version}`} size="sm" fw={v.version === p.current.version ? 700 : 400}>
            {v.label} · {dateTime(v.publishedAt)}
          </Anchor>
        ))}
      </Stack>
    </Stack>
  );
}
