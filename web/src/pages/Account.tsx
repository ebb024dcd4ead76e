// Tài khoản: who is signed in, change the password, sign out. Also the forced change of a
// one-time password before anything else opens.
import { Alert, Button, Card, Center, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { errorMessage } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n.tsx';
import { useAppState } from '../app-state.tsx';

function PasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [busy, setBusy] = useState(false);
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (next !== again) return setMsg({ ok: false, text: t('passwordMismatch') });
    setBusy(true);
    setMsg(null);
    try {
      await api.changePassword(current, next);
      setMsg({ ok: true, text: t('passwordChanged') });
      setCurrent('');
      setNext('');
      setAgain('');
      onDone?.();
    } catch (err) {
      setMsg({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit}>
      <Stack maw={420}>
        {msg && <Alert color={msg.ok ? 'teal' : 'red'} role={msg.ok ? 'status' : 'alert'}>{msg.text}</Alert>}
        <PasswordInput label={t('currentPassword')} autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.currentTarget.value)} />
        <PasswordInput label={t('newPassword')} description={t('passwordAdvice')} autoComplete="new-password" required value={next} onChange={(e) => setNext(e.currentTarget.value)} />
        <PasswordInput label={t('repeatPassword')} autoComplete="new-password" required value={again} onChange={(e) => setAgain(e.currentTarget.value)} />
        <Group><Button type="submit" loading={busy}>{t('changePassword')}</Button></Group>
      </Stack>
    </form>
  );
}

export function AccountPage() {
  const { t } = useI18n();
  const auth = useAuth();
  const { unitName } = useAppState();
  if (auth.status === 'no_accounts') {
    return (
      <>
        <PageTitle>{t('navAccount')}</PageTitle>
        <Alert color="blue">{t('accountsNotReady')}</Alert>
      </>
    );
  }
  const u = auth.user;
  return (
    <>
      <PageTitle>{t('navAccount')}</PageTitle>
      <Stack gap="lg">
        {u && (
          <Card withBorder>
            <Text fw={700}>{u.name}</Text>
            <Text size="sm" c="dimmed">{u.login}{u.unitId ? ` · ${unitName(u.unitId)}` : ''}</Text>
            {u.roleLabels && <Text size="sm">{u.roleLabels.join(', ')}</Text>}
            <Group mt="md"><Button variant="light" color="red" onClick={() => void auth.logout()}>{t('logout')}</Button></Group>
          </Card>
        )}
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">{t('changePassword')}</Title>
          <PasswordForm />
        </Card>
      </Stack>
    </>
  );
}

export function ForcedPasswordPage() {
  const { t } = useI18n();
  const auth = useAuth();
  return (
    <Center mih="100vh" p="md" component="main">
      <Card withBorder shadow="sm" padding="xl" w="100%" maw={460}>
        <Title order={1} size="h3" mb="xs">{t('changePassword')}</Title>
        <Text size="sm" c="dimmed" mb="md">{auth.user?.name}</Text>
        <PasswordForm onDone={() => void auth.refresh()} />
        <Button mt="md" variant="subtle" onClick={() => void auth.logout()}>{t('logout')}</Button>
      </Card>
    </Center>
  );
}
