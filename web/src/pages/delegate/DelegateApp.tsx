// The delegate's side of a congress, phone first: sign in with the codes of the card, then the open
// votes with three big buttons (and, below, the programme and the papers). No part of the workspace.
import { Alert, Box, Button, Card, Center, Container, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Route, Routes, useSearchParams } from 'react-router';
import { Loading, useSubmit } from '../../components/Async.tsx';
import type { DelegateMe } from '../../../../src/contract/congress-floor.ts';
import { floorApi } from '../congress-floor/floor-api.ts';
import { useFloorWords } from '../congress-floor/words.ts';
import { DelegateVotes } from './DelegateVotes.tsx';
import { DelegatePaper, DelegatePaperList, DelegateProgramme } from './DelegatePapers.tsx';

export default function DelegateApp() {
  const [me, setMe] = useState<DelegateMe | null | undefined>(undefined);
  useEffect(() => {
    floorApi.delegateMe().then(setMe, () => setMe(null));
  }, []);
  if (me === undefined) return <Loading />;
  if (me === null) return <DelegateSignIn onSignedIn={setMe} />;
  return <DelegateHome me={me} onSignedOut={() => setMe(null)} />;
}

function LangSwitch() {
  const { lang, setLang } = useFloorWords();
  return <Button size="xs" variant="subtle" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>{lang === 'vi' ? 'EN' : 'VI'}</Button>;
}

function DelegateSignIn({ onSignedIn }: { onSignedIn: (me: DelegateMe) => void }) {
  const { w, t } = useFloorWords();
  // A link on the card can carry the congress's and the delegate's codes: only the secret is typed.
  const [params] = useSearchParams();
  const [congress, setCongress] = useState(params.get('dh') ?? '');
  const [delegate, setDelegate] = useState(params.get('db') ?? '');
  const [code, setCode] = useState('');
  const send = useSubmit();
  useEffect(() => {
    document.title = `${w('delegateSignInTitle')} — ${t('appName')}`;
  }, [w, t]);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await send.run(async () => onSignedIn(await floorApi.delegateLogin({ congress, delegate, code })));
  }
  const error = send.error?.replace(/^code: /u, '');
  return (
    <Center mih="100vh" p="sm" component="main">
      <Card withBorder shadow="sm" padding="lg" w="100%" maw={420}>
        <Group justify="space-between" mb="sm">
          <Text fw={700}><span className="hd-logo" aria-hidden="true">▲</span> {w('floorTitle')}</Text>
          <LangSwitch />
        </Group>
        <Title order={1} size="h3" mb="xs">{w('delegateSignInTitle')}</Title>
        <Text size="sm" c="dimmed" mb="md">{w('delegateSignInHint')}</Text>
        <form onSubmit={submit}>
          <Stack>
            {error && <Alert color="red" role="alert">{error}</Alert>}
            <TextInput size="md" label={w('congressCode')} name="congress" required value={congress} onChange={(e) => setCongress(e.currentTarget.value)} autoCapitalize="characters" />
            <TextInput size="md" label={w('delegateCode')} name="delegate" required value={delegate} onChange={(e) => setDelegate(e.currentTarget.value)} autoCapitalize="characters" />
            <TextInput size="md" label={w('signInCode')} name="code" required value={code} onChange={(e) => setCode(e.currentTarget.value)} autoCapitalize="characters" autoComplete="one-time-code" placeholder="XXXX-XXXX-XXXX" />
            <Button type="submit" size="lg" loading={send.busy} fullWidth>{w('signIn')}</Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}

function DelegateHome({ me, onSignedOut }: { me: DelegateMe; onSignedOut: () => void }) {
  const { w, t } = useFloorWords();
  const out = useSubmit();
  useEffect(() => {
    document.title = `${me.congress.name} — ${t('appName')}`;
  }, [me, t]);
  const signOut = useCallback(() => void out.run(floorApi.delegateLogout).then(onSignedOut), [out, onSignedOut]);
  return (
    <Container size="xs" px="sm" py="md" component="main">
      <Group justify="space-between" align="flex-start" mb="md" wrap="nowrap">
        <Box>
          <Title order={1} size="h4" style={{ overflowWrap: 'anywhere' }}>{me.congress.name}</Title>
          <Text size="sm" c="dimmed" data-testid="delegate-name">{w('hello', { name: me.delegate.name })}</Text>
        </Box>
        <Group gap={4} wrap="nowrap">
          <LangSwitch />
          <Button size="xs" variant="light" onClick={signOut}>{w('signOut')}</Button>
        </Group>
      </Group>
      <Routes>
        <Route path="tai-lieu/:id" element={<DelegatePaper congress={me.congress.code} />} />
        <Route path="*" element={<>
          <DelegateVotes congress={me.congress.code} />
          <DelegateProgramme congress={me.congress.code} />
          <DelegatePaperList congress={me.congress.code} />
        </>} />
      </Routes>
    </Container>
  );
}

