// Người dùng: the administrator gives accounts (the one-time password is shown once, to hand over),
// changes a person's unit and roles, disables an account, and resets a forgotten password.
import { Alert, Badge, Button, Card, Code, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ROLES } from '../../../src/domain/user.ts';
import type { AuthUser } from '../../../src/contract/index.ts';
import { api } from '../api.ts';
import { unitOptions, useAppState } from '../app-state.tsx';
import { AsyncView, errorMessage, useApi, useSubmit } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n, type MessageKey } from '../i18n.tsx';

const ROLE_KEY: Record<(typeof ROLES)[number], MessageKey> = {
  admin: 'roleAdmin', secretariat: 'roleSecretariat', leader: 'roleLeader', officer: 'roleOfficer', viewer: 'roleViewer',
};

export function UsersPage() {
  const { t } = useI18n();
  const state = useApi(() => api.users(), []);
  const [password, setPassword] = useState<{ login: string; value: string } | null>(null);
  return (
    <>
      <PageTitle>{t('usersTitle')}</PageTitle>
      <Stack gap="lg">
        <NewUser onCreated={(login, value) => { setPassword({ login, value }); state.reload(); }} />
        <AsyncView state={state}>{(d) => <UserTable items={d.items} onChanged={state.reload} onPassword={(login, value) => setPassword({ login, value })} />}</AsyncView>
      </Stack>
      <Modal opened={password !== null} onClose={() => setPassword(null)} title={t('oneTimePasswordTitle')}>
        {password && (
          <Stack gap="sm" data-testid="one-time-password">
            <Text>{t('oneTimePasswordFor', { login: password.login })}</Text>
            <Code fz="lg" p="md" block>{password.value}</Code>
            <Text size="sm" c="dimmed">{t('oneTimePasswordHint')}</Text>
            <Group justify="flex-end"><Button onClick={() => setPassword(null)}>{t('close')}</Button></Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

function NewUser({ onCreated }: { onCreated(login: string, password: string): void }) {
  const { t } = useI18n();
  const { units } = useAppState();
  const [login, setLogin] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [unit, setUnit] = useState<string | null>(null);
  const [roles, setRoles] = useState<string[]>(['officer']);
  const { busy, error, run } = useSubmit();
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    await run(async () => {
      const r = await api.createUser({ login: login.trim(), name: name.trim(), unitId: unit, roles, email: email.trim() || null });
      setLogin('');
      setName('');
      setEmail('');
      onCreated(r.user.login, r.oneTimePassword);
    });
  }
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={t('userNew')} data-testid="user-form">
      <Stack gap="sm">
        <Text fw={600}>{t('userNew')}</Text>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('userLogin')} name="login" required value={login} onChange={(e) => setLogin(e.currentTarget.value)} description={t('userLoginHint')} />
          <TextInput label={t('userName')} name="name" required value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label={t('userEmail')} name="email" type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} description={t('userEmailHint')} />
        </SimpleGrid>
        <Group grow align="flex-start">
          <Select label={t('userUnit')} name="unitId" data={unitOptions(units)} value={unit} onChange={setUnit} searchable clearable placeholder={t('userNoUnit')} />
          {/* Searchable, so that its field is a real text box that the label names (a non-searchable
              MultiSelect labels a hidden input, and the picker has no accessible name). */}
          <MultiSelect label={t('userRoles')} name="roles" data={ROLES.map((r) => ({ value: r, label: t(ROLE_KEY[r]) }))} value={roles} onChange={setRoles} required searchable />
        </Group>
        <Group><Button type="submit" loading={busy} disabled={!login.trim() || !name.trim() || roles.length === 0}>{t('userCreate')}</Button></Group>
      </Stack>
    </Card>
  );
}

function UserTable({ items, onChanged, onPassword }: { items: AuthUser[]; onChanged(): void; onPassword(login: string, value: string): void }) {
  const { t } = useI18n();
  const { unitName, units } = useAppState();
  const [error, setError] = useState<string | null>(null);
  const act = async (f: () => Promise<unknown>) => {
    setError(null);
    try {
      await f();
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  return (
    <Card withBorder padding={0}>
      {error && <Alert color="red" role="alert" m="md">{error}</Alert>}
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" data-testid="user-table">
          <Table.Thead>
            <Table.Tr><Table.Th>{t('userLogin')}</Table.Th><Table.Th>{t('userName')}</Table.Th><Table.Th>{t('userUnit')}</Table.Th><Table.Th>{t('userRoles')}</Table.Th><Table.Th /></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((u) => (
              <Table.Tr key={u.id} data-login={u.login}>
                <Table.Td>{u.login} {u.disabled && <Badge color="gray" variant="light">{t('userDisabled')}</Badge>}</Table.Td>
                <Table.Td>
                  {u.name}
                  <EmailField user={u} save={(email) => act(() => api.updateUser(u.id, { email }))} />
                </Table.Td>
                <Table.Td>
                  <Select aria-label={`${t('userUnit')} ${u.login}`} data={unitOptions(units)} value={u.unitId} searchable clearable placeholder={t('userNoUnit')} size="xs"
                    onChange={(v) => v !== u.unitId && act(() => api.updateUser(u.id, { unitId: v }))} />
                  {u.unitId && <Text size="xs" c="dimmed">{unitName(u.unitId)}</Text>}
                </Table.Td>
                <Table.Td>
                  <MultiSelect aria-label={`${t('userRoles')} ${u.login}`} searchable size="xs" data={ROLES.map((r) => ({ value: r, label: t(ROLE_KEY[r]) }))} value={u.roles}
                    onChange={(v) => v.length > 0 && act(() => api.updateUser(u.id, { roles: v }))} />
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="compact-xs" variant="light" onClick={() => act(async () => onPassword(u.login, (await api.resetPassword(u.id)).oneTimePassword))}>{t('userReset')}</Button>
                    <Button size="compact-xs" variant="subtle" color={u.disabled ? 'teal' : 'red'} onClick={() => act(() => api.updateUser(u.id, { disabled: !u.disabled }))}>
                      {u.disabled ? t('userEnable') : t('userDisable')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

/** The account's e-mail, edited in place: saved when the field is left changed; empty removes it. */
function EmailField({ user, save }: { user: AuthUser; save(email: string | null): void }) {
  const { t } = useI18n();
  const [value, setValue] = useState(user.email ?? '');
  return (
    <TextInput aria-label={`${t('userEmail')} ${user.login}`} type="email" size="xs" mt={4} placeholder={t('userEmail')} value={value}
      onChange={(e) => setValue(e.currentTarget.value)}
      onBlur={() => value.trim() !== (user.email ?? '') && save(value.trim() || null)} />
  );
}
