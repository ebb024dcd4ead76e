// Điểm danh by session: the code typed, read from the camera, or read from a photo of the card; the answer in big words.
import { Alert, Button, Card, FileButton, Group, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Attendance, DelegateView } from '../../../../src/contract/index.ts';
import { clockTimeVi } from '../../../../src/domain/congress/clock.ts';
import { percentVi } from '../../../../src/domain/congress/percent.ts';
import { AsyncView, errorMessage, useApi } from '../../components/Async.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { congressApi, SESSIONS, type Session } from './congress-api.ts';
import { useWords } from './words.ts';

type Outcome = { ok: true; delegate: DelegateView; again: boolean; at: string } | { ok: false; message: string };

/** The server says `codes: không có đại biểu mã X …`: the field's name is for programs, the rest for people. */
const plain = (message: string) => message.replace(/^codes: /u, '');

export default function CheckInPage() {
  const { code = '' } = useParams();
  const { w } = useWords();
  const congress = useApi(() => congressApi.get(code), [code]);
  const [session, setSession] = useState<Session>(() => (localStorage.getItem('hd_checkin_session') === 'tru-bi' ? 'tru-bi' : 'chinh-thuc'));
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [recent, setRecent] = useState<DelegateView[]>([]);
  const [count, setCount] = useState<Attendance | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const lastScan = useRef({ text: '', at: 0 });

  const refreshCount = useCallback(() => congressApi.attendance(code).then(setCount, () => undefined), [code]);
  useEffect(() => void refreshCount(), [refreshCount]);
  useEffect(() => localStorage.setItem('hd_checkin_session', session), [session]);

  const checkIn = useCallback(async (raw: string) => {
    const c = raw.trim();
    if (!c) return;
    setBusy(true);
    try {
      const r = await congressApi.checkIn(code, [c], session);
      const d = await congressApi.delegate(code, c);
      // Scanned again: the server answers with the first time (and keeps the re-scan in its audit trail).
      const first = r.again[0]?.firstAt;
      const at = first ?? d.checkins.find((k) => k.session === session)?.at ?? new Date().toISOString();
      setOutcome({ ok: true, delegate: d, again: first !== undefined, at });
      if (r.added > 0) setRecent((x) => [d, ...x.filter((y) => y.code !== d.code)].slice(0, 8));
      setTyped('');
      void refreshCount();
    } catch (e) {
      setOutcome({ ok: false, message: plain(errorMessage(e)) });
    } finally {
      setBusy(false);
      input.current?.focus();
    }
  }, [code, session, refreshCount]);

  // A camera reads the same card many times a second: one check-in per card per three seconds.
  const onScan = useCallback((text: string) => {
    const now = Date.now();
    if (text === lastScan.current.text && now - lastScan.current.at < 3000) return;
    lastScan.current = { text, at: now };
    void checkIn(text);
  }, [checkIn]);

  return (
    <AsyncView state={congress}>
      {(c) => (
        <>
          <PageTitle text={w('checkInTitle', { name: c.name })}>{w('checkInTitle', { name: c.name })}</PageTitle>
          <Stack gap="md" maw={720}>
            <SegmentedControl fullWidth value={session} onChange={(v) => setSession(v as Session)} aria-label={w('session')}
              data={SESSIONS.map((s) => ({ value: s, label: w(s === 'tru-bi' ? 'sessionTruBi' : 'sessionChinhThuc') }))} />
            {count && (
              <Text data-testid="checkin-count">
                {w('present')}: <b>{count.sessions.find((s) => s.session === session)?.present ?? 0}/{count.convened}</b> ({percentVi(count.sessions.find((s) => s.session === session)?.percent ?? 0)})
              </Text>
            )}
            <Card withBorder component="form" onSubmit={(e: React.FormEvent) => { e.preventDefault(); void checkIn(typed); }}>
              <Group align="flex-end" gap="sm">
                <TextInput ref={input} label={w('typeCode')} description={w('typeCodeHint')} name="code" value={typed} autoFocus autoComplete="off" autoCapitalize="characters"
                  onChange={(e) => setTyped(e.currentTarget.value)} style={{ flex: '1 1 220px' }} size="md" />
                <Button type="submit" size="md" loading={busy} disabled={!typed.trim()}>{w('checkInButton')}</Button>
              </Group>
            </Card>
            <Scanners onCode={onScan} onImageWithoutCode={() => setOutcome({ ok: false, message: w('imageNoCode') })} />
            {outcome && <OutcomeView outcome={outcome} />}
            {recent.length > 0 && (
              <Card withBorder padding="sm">
                <Title order={2} size="h5" mb={4}>{w('lastChecks')}</Title>
                {recent.map((d) => <Text key={d.code} size="sm">{d.code} · {d.name} · {d.unit}</Text>)}
              </Card>
            )}
            <Group><Button component={Link} to={`/dai-hoi/${encodeURIComponent(c.code)}`} variant="subtle">{w('backToCongress')}</Button></Group>
          </Stack>
        </>
      )}
    </AsyncView>
  );
}

function OutcomeView({ outcome }: { outcome: Outcome }) {
  const { w } = useWords();
  if (!outcome.ok) return <Alert color="red" role="alert" data-testid="checkin-result" data-ok="false"><Text fz="lg" fw={600}>{outcome.message}</Text></Alert>;
  const d = outcome.delegate;
  return (
    <Alert color={outcome.again ? 'yellow' : 'green'} role="status" data-testid="checkin-result" data-ok="true" data-code={d.code}
      title={outcome.again ? undefined : w('checkedInOk')}>
      <Text fz={26} fw={700} lh={1.2}>{d.name}</Text>
      <Text fz="lg">{d.unit} · {d.code}</Text>
      <Text fz="lg" fw={600} mt={4}>{w(outcome.again ? 'checkedInBefore' : 'checkedInAt', { time: clockTimeVi(outcome.at) })}</Text>
    </Alert>
  );
}

/** The camera (phones' back camera) and a photo of the card, both read by ZXing, loaded on first use. */
function Scanners({ onCode, onImageWithoutCode }: { onCode(text: string): void; onImageWithoutCode(): void }) {
  const { w } = useWords();
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<{ stop(): void } | null>(null);
  // The same photo chosen twice must be read twice: the input forgets its file after each.
  const reset = useRef<() => void>(null);
  const [on, setOn] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => () => controls.current?.stop(), []);
  async function start() {
    setError(null);
    try {
      const { startCamera } = await import('./qr-scan.ts');
      setOn(true);
      controls.current = await startCamera(video.current!, onCode);
    } catch (e) {
      setOn(false);
      setError(w('cameraError', { message: e instanceof Error ? e.message : String(e) }));
    }
  }
  function stop() {
    controls.current?.stop();
    controls.current = null;
    setOn(false);
  }
  async function image(file: File | null) {
    if (!file) return;
    reset.current?.();
    const { decodeImageFile } = await import('./qr-scan.ts');
    const text = await decodeImageFile(file);
    if (text) onCode(text);
    else onImageWithoutCode();
  }
  return (
    <Stack gap="xs">
      <Group gap="xs">
        {on ? <Button variant="light" color="gray" onClick={stop}>{w('stopCamera')}</Button> : <Button variant="light" onClick={() => void start()}>{w('scanCamera')}</Button>}
        <FileButton resetRef={reset} onChange={(f) => void image(f)} accept="image/*" capture="environment" inputProps={{ 'data-testid': 'qr-image' } as React.InputHTMLAttributes<HTMLInputElement>}>
          {(props) => <Button variant="light" {...props}>{w('scanImage')}</Button>}
        </FileButton>
      </Group>
      {error && <Alert color="orange" role="alert">{error}</Alert>}
      <video ref={video} muted playsInline style={{ display: on ? 'block' : 'none', width: '100%', maxWidth: 480, borderRadius: 8, background: '#000' }} aria-label={w('scanCamera')} />
    </Stack>
  );
}
