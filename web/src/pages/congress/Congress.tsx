// One congress for its secretariat: the days, the doors to check-in and the presidium's screen, the roster, section II, the delegates.
import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AsyncView, useApi, useSubmit } from '../../components/Async.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useManages } from '../review/Periods.tsx';
import { congressApi } from './congress-api.ts';
import { DelegatesTable } from './Delegates.tsx';
import { SheetUpload } from './SheetUpload.tsx';
import { StatsView } from './StatsView.tsx';
import { useWords } from './words.ts';

export default function CongressPage() {
  const { code = '' } = useParams();
  const { w, date } = useWords();
  const manages = useManages();
  const congress = useApi(() => congressApi.get(code), [code]);
  const stats = useApi(() => congressApi.stats(code), [code]);
  const delegates = useApi(() => (manages ? congressApi.delegates(code) : Promise.resolve(null)), [code, manages]);
  const reload = () => {
    stats.reload();
    delegates.reload();
  };
  return (
    <AsyncView state={congress}>
      {(c) => (
        <>
          <PageTitle text={c.name}>{c.name}</PageTitle>
          <Stack gap="lg">
            <Group justify="space-between" gap="sm">
              <Text c="dimmed">{c.code} · {c.startsOn === c.endsOn ? w('day', { from: date(c.startsOn) }) : w('days', { from: date(c.startsOn), to: date(c.endsOn) })}</Text>
              <Group gap="xs">
                {manages && <Button component={Link} to={`/dai-hoi/${encodeURIComponent(c.code)}/diem-danh`}>{w('openCheckIn')}</Button>}
                <Button component={Link} to={`/dai-hoi/${encodeURIComponent(c.code)}/man-hinh`} variant="light">{w('openScreen')}</Button>
                {/* The floor (votes, programme, papers, contributions, sign-in codes) of the same congress. */}
                <Button component={Link} to={`/dai-hoi-so/${encodeURIComponent(c.code)}`} variant="light" data-testid="open-floor">{w('openFloor')}</Button>
              </Group>
            </Group>
            <Downloads code={c.code} manages={manages} />
            {manages && (
              <SheetUpload id="roster" title={w('rosterTitle')} hint={w('rosterHint')} onDone={reload}
                send={async (file) => {
                  const r = await congressApi.roster(c.code, file);
                  return w('rosterDone', { n: r.delegates, replaced: r.replaced });
                }} />
            )}
            <Card withBorder padding="sm">
              <Title order={2} size="h4" mb="sm">{w('statsTitle')}</Title>
              <AsyncView state={stats}>{(s) => <StatsView stats={s} />}</AsyncView>
            </Card>
            {manages && <AsyncView state={delegates}>{(d) => d && <DelegatesTable congress={c.code} delegates={d.items} manages={manages} onChanged={reload} />}</AsyncView>}
          </Stack>
        </>
      )}
    </AsyncView>
  );
}

function Downloads({ code, manages }: { code: string; manages: boolean }) {
  const { w } = useWords();
  const [saved, setSaved] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const save = (get: () => Promise<string>) => run(async () => setSaved(w('downloaded', { name: await get() })));
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button variant="default" loading={busy} onClick={() => save(() => congressApi.bulletin(code))}>{w('downloadBulletin')}</Button>
        {manages && <Button variant="default" loading={busy} onClick={() => save(() => congressApi.cards(code))}>{w('downloadCards')}</Button>}
        {manages && (
          <Button variant="default" loading={busy} data-testid="cards-with-codes"
            onClick={() => window.confirm(w('cardsWithCodesConfirm')) && save(() => congressApi.cardsWithCodes(code))}>{w('downloadCardsWithCodes')}</Button>
        )}
      </Group>
      {saved && <Text size="sm" c="green" role="status">{saved}</Text>}
      {error && <Alert color="red" role="alert">{error}</Alert>}
    </Stack>
  );
}
