// The presidium's screen: present / convened and the rate, overall and by session, in big numbers, pushed by the server after every check-in.
import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useParams } from 'react-router';
import type { Attendance } from '../../../../src/contract/index.ts';
import { clockTimeVi } from '../../../../src/domain/congress/clock.ts';
import { percentVi } from '../../../../src/domain/congress/percent.ts';
import { AsyncView, useApi } from '../../components/Async.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { congressApi } from './congress-api.ts';
import { useLive } from '../../live.ts';
import { useWords } from './words.ts';

/** How often the screen asks while its stream is down (when the stream is up, it asks nothing). */
const POLL_MS = 2000;

/**
 * Pushed: the server sends the numbers after every check-in (GET …/attendance/stream); while the stream
 * is down, a plain GET every two seconds keeps the screen going.
 */
function useAttendance(code: string): { data: Attendance | null; offline: boolean; pushed: boolean } {
  const [data, setData] = useState<Attendance | null>(null);
  const poll = useCallback(async () => setData(await congressApi.attendance(code)), [code]);
  const live = useLive<Attendance>(`/congresses/${encodeURIComponent(code)}/attendance/stream`, 'attendance', setData, poll, POLL_MS);
  return { data, ...live };
}

function Figure({ label, present, convened, percent, testId }: { label: string; present: number; convened: number; percent: number; testId: string }) {
  const { number } = useWords();
  return (
    <Card withBorder padding="lg" data-testid={testId} data-present={present}>
      <Text fz="xl" fw={600} c="dimmed">{label}</Text>
      <Group align="baseline" gap="xs" wrap="wrap">
        <Text fz="clamp(3rem, 2rem + 6vw, 7rem)" fw={800} lh={1} data-testid={`${testId}-present`}>{number(present, 0)}</Text>
        <Text fz="clamp(1.5rem, 1rem + 2vw, 3rem)" c="dimmed" lh={1}>/ {number(convened, 0)}</Text>
      </Group>
      <Text fz="clamp(1.5rem, 1rem + 2vw, 3rem)" fw={700} c="blue" data-testid={`${testId}-percent`}>{percentVi(percent)}</Text>
    </Card>
  );
}

export default function AttendanceScreenPage() {
  const { code = '' } = useParams();
  const { w } = useWords();
  const congress = useApi(() => congressApi.get(code), [code]);
  const { data, offline, pushed } = useAttendance(code);
  return (
    <AsyncView state={congress}>
      {(c) => (
        <>
          <PageTitle text={w('screenTitle')}>{c.name}</PageTitle>
          <Stack gap="md">
            <Title order={2}>{w('screenTitle')}</Title>
            {data && (
              <Stack gap="md" data-testid="screen" data-pushed={String(pushed)}>
                <Figure label={w('present')} present={data.present} convened={data.convened} percent={data.percent} testId="screen-all" />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                  {data.sessions.map((s) => (
                    <Figure key={s.session} label={w(s.session === 'tru-bi' ? 'sessionTruBi' : 'sessionChinhThuc')} present={s.present} convened={data.convened} percent={s.percent} testId={`screen-${s.session}`} />
                  ))}
                </SimpleGrid>
                <Text c="dimmed" aria-live="off">{w('updatedAt', { time: clockTimeVi(data.at) })}</Text>
              </Stack>
            )}
            {offline && <Text c="orange" role="status">{w('offline')}</Text>}
          </Stack>
        </>
      )}
    </AsyncView>
  );
}
