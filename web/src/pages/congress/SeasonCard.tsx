// The dashboard's card while a grassroots congress season is open (the day viewed is on or before its latest day).
import { Anchor, Card, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { todayInVietnam } from '../../../../src/domain/calendar.ts';
import type { SeasonProgress } from '../../../../src/domain/congress/season.ts';
import { useAppState } from '../../app-state.tsx';
import { useApi } from '../../components/Async.tsx';
import { seasonApi, type SeasonView } from './congress-api.ts';
import { SeasonLine } from './SeasonProgressView.tsx';
import { useWords } from './words.ts';

export default function SeasonCard() {
  const { w } = useWords();
  const { asOf } = useAppState();
  const day = asOf || todayInVietnam();
  const state = useApi(async (): Promise<Array<{ s: SeasonView; p: SeasonProgress }>> => {
    const open = (await seasonApi.list()).items.filter((s) => day <= s.latest);
    return Promise.all(open.map(async (s) => ({ s, p: await seasonApi.progress(s.code, day) })));
  }, [day]);
  // Nothing to say when no season is open, or when it cannot be read: the dashboard stays as it was.
  const open = (state.data ?? []).filter(({ p }) => p.total > 0);
  if (open.length === 0) return null;
  return (
    <Card withBorder padding="sm" data-testid="dash-seasons">
      <Stack gap={4}>
        {open.map(({ s, p }) => (
          <div key={s.code}>
            <SeasonLine name={s.name} p={p} />
            <Anchor component={Link} to={`/dot-dai-hoi/${encodeURIComponent(s.code)}`} size="sm">{w('seasonsLink')}</Anchor>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
