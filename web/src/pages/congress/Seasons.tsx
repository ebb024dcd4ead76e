// Đợt đại hội cơ sở: the seasons, the form to open one, and one season's page (progress as of the chosen day, schedule upload, "held").
import { Alert, Anchor, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { todayInVietnam } from '../../../../src/domain/calendar.ts';
import { useAppState } from '../../app-state.tsx';
import { AsyncView, useApi, useSubmit } from '../../components/Async.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useManages } from '../review/Periods.tsx';
import { seasonApi } from './congress-api.ts';
import { SeasonProgressView } from './SeasonProgressView.tsx';
import { SheetUpload } from './SheetUpload.tsx';
import { CreateCard, LinkTable } from './ListAndCreate.tsx';
import { useWords } from './words.ts';
import { DateInput } from '../../components/DateInput.tsx';

export function SeasonsPage() {
  const { w, date } = useWords();
  const manages = useManages();
  const state = useApi(() => seasonApi.list(), []);
  return (
    <>
      <PageTitle>{w('seasonsTitle')}</PageTitle>
      <Stack gap="lg">
        <AsyncView state={state}>
          {(d) => (
            <LinkTable items={d.items} empty={w('seasonsNone')} testId="season-table" columns={[
              { head: w('seasonName'), cell: (s) => <Anchor component={Link} to={`/dot-dai-hoi/${encodeURIComponent(s.code)}`} fw={600}>{s.name}</Anchor> },
              { head: w('seasonDeadline'), cell: (s) => date(s.deadline) },
              { head: w('seasonLatest'), cell: (s) => date(s.latest), visibleFrom: 'xs' },
            ]} />
          )}
        </AsyncView>
        {manages && (
          <CreateCard title={w('seasonCreateTitle')} button={w('seasonCreateButton')}
            fields={[
              { key: 'code', label: w('seasonCode'), placeholder: 'DHCS-2025' },
              { key: 'name', label: w('seasonName') },
              { key: 'deadline', label: w('seasonDeadline'), type: 'date' },
              { key: 'latest', label: w('seasonLatest'), type: 'date' },
            ]}
            create={async (v) => `/dot-dai-hoi/${encodeURIComponent((await seasonApi.create(v)).code)}`} />
        )}
      </Stack>
    </>
  );
}

export function SeasonPage() {
  const { code = '' } = useParams();
  const { w } = useWords();
  const { asOf } = useAppState();
  const manages = useManages();
  const seasons = useApi(() => seasonApi.list(), []);
  const progress = useApi(() => seasonApi.progress(code, asOf || undefined), [code, asOf]);
  const name = seasons.data?.items.find((s) => s.code === code)?.name ?? code;
  return (
    <>
      <PageTitle text={name}>{name}</PageTitle>
      <Stack gap="lg">
        <AsyncView state={progress}>{(p) => <SeasonProgressView p={p} />}</AsyncView>
        <HeldForm season={code} onDone={progress.reload} />
        {manages && (
          <SheetUpload id="schedule" title={w('scheduleTitle')} hint={w('scheduleHint')} onDone={progress.reload}
            send={async (file) => {
              const r = await seasonApi.schedule(code, file);
              return w('scheduleDone', { created: r.created, updated: r.updated });
            }} />
        )}
      </Stack>
    </>
  );
}

function HeldForm({ season, onDone }: { season: string; onDone(): void }) {
  const { w, date } = useWords();
  const [org, setOrg] = useState('');
  const [on, setOn] = useState(todayInVietnam());
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setDone(null);
    await run(async () => {
      const r = await seasonApi.held(season, org.trim(), on);
      setDone(w('heldDone', { name: r.name, day: date(r.heldOn ?? on) }));
      onDone();
    });
  }
  return (
    <Card withBorder component="form" onSubmit={submit}>
      <Title order={2} size="h4" mb={4}>{w('heldTitle')}</Title>
      <Text size="sm" c="dimmed" mb="sm">{w('heldHint')}</Text>
      <Stack gap="sm">
        {error && <Alert color="red" role="alert">{error}</Alert>}
        {done && <Alert color="green" role="status">{done}</Alert>}
        <Group align="flex-end" gap="sm">
          <TextInput label={w('heldOrg')} name="org" required value={org} onChange={(e) => setOrg(e.currentTarget.value)} style={{ flex: '1 1 160px' }} />
          <DateInput label={w('heldOn')} name="on" required value={on} onChange={setOn} style={{ flex: '1 1 160px' }} />
          <Button type="submit" loading={busy} disabled={!org.trim() || !on}>{w('heldButton')}</Button>
        </Group>
      </Stack>
    </Card>
  );
}
