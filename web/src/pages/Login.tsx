// Đăng nhập: login and password; the server answers 401 for either being wrong, 429 when throttled.
import { Alert, Box, Button, Card, Center, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ApiError } from '../api.ts';
import { useAuth } from '../auth.tsx';
import { errorMessage } from '../components/Async.tsx';
import { useI18n } from '../i18n.tsx';

export function LoginPage() {
  const { t, lang, setLang } = useI18n();
  const auth = useAuth();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    document.title = `${t('loginTitle')} — ${t('appName')}`;
  }, [t]);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await auth.login(login, password);
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? t('loginFailed') : errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Card withBorder shadow="sm" padding="xl" w="100%" maw={400}>
        <Group justify="space-between" mb="md">
          <Box>
            <Text fw={700} size="lg"><span className="hd-logo" aria-hidden="true">▲</span> {t('appName')}</Text>
            <Text size="sm" c="dimmed">{t('appTagline')}</Text>
          </Box>
          <Button size="xs" variant="subtle" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}>{lang === 'vi' ? 'EN' : 'VI'}</Button>
        </Group>
        <Title order={1} size="h3" mb="md">{t('loginTitle')}</Title>
        <form onSubmit={submit}>
          <Stack>
            {error && <Alert color="red" role="alert">{error}</Alert>}
            <TextInput label={t('loginName')} name="login" autoComplete="username" required value={login}
              onChange={(e) => setLogin(e.currentTarget.value)} data-autofocus autoFocus />
            <PasswordInput label={t('password')} name="password" autoComplete="current-password" required value={password}
              onChange={(e) => setPassword(e.currentTarget.value)} />
            <Button type="submit" loading={busy} fullWidth>{t('loginButton')}</Button>
          </Stack>
        </form>
      </Card>
    </Center>
  );
}
