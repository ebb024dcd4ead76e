// The frame of every page: header (as-of day, language, account), the navigation, the main area.
import { ActionIcon, AppShell, Burger, Button, Group, NavLink, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, type ComponentType, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useAppState } from '../app-state.tsx';
import { useAuth } from '../auth.tsx';
import { useI18n, type MessageKey } from '../i18n.tsx';
import { IconCalendar, IconCongress, IconFile, IconHistory, IconHome, IconList, IconNote, IconScale, IconTarget, IconTree, IconUser } from './icons.tsx';
import { DateInput } from './DateInput.tsx';

const NAV: Array<{ to: string; label: MessageKey; Icon: ComponentType<{ size?: number }> }> = [
  { to: '/', label: 'navDashboard', Icon: IconHome },
  { to: '/chi-tieu', label: 'navTargets', Icon: IconTarget },
  { to: '/nhiem-vu', label: 'navTasks', Icon: IconList },
  { to: '/van-ban', label: 'navDocuments', Icon: IconFile },
  { to: '/ky-bao-cao', label: 'navPeriods', Icon: IconCalendar },
  { to: '/xep-loai', label: 'navRatings', Icon: IconScale },
  { to: '/bao-cao-kiem-diem', label: 'navReview', Icon: IconNote },
  { to: '/dai-hoi', label: 'navCongress', Icon: IconCongress },
  { to: '/don-vi', label: 'navUnits', Icon: IconTree },
  { to: '/nhat-ky', label: 'navAudit', Icon: IconHistory },
  { to: '/nguoi-dung', label: 'navUsers', Icon: IconUser },
];

export function Layout({ children }: { children: ReactNode }) {
  const [opened, { toggle, close }] = useDisclosure(false);
  const { t, lang, setLang } = useI18n();
  const { asOf, setAsOf } = useAppState();
  const auth = useAuth();
  const location = useLocation();
  useEffect(close, [location.pathname, close]);

  // Who may read the audit trail is decided by the server (domain/policy mayReadAudit); the menu only
  // hides what would answer 403 anyway.
  const roles = auth.user?.roles ?? [];
  const canAudit = auth.status !== 'signed_in' || roles.includes('admin') || roles.includes('secretariat');
  // Accounts are the administrator's (domain/policy mayManageUsers).
  const canUsers = auth.status !== 'signed_in' || roles.includes('admin');
  const active = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to));

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="hd-skip">{t('skipToContent')}</a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('openMenu')} aria-expanded={opened} />
            <UnstyledButton component={Link} to="/" aria-label={t('appName')}>
              <Group gap={6} wrap="nowrap">
                <span className="hd-logo" aria-hidden="true">▲</span>
                <div>
                  <Text fw={700} lh={1.1}>{t('appName')}</Text>
                  <Text size="xs" c="dimmed" lh={1.1} visibleFrom="xs">{t('appTagline')}</Text>
                </div>
              </Group>
            </UnstyledButton>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Text size="xs" c="dimmed" visibleFrom="md" component="label" htmlFor="hd-asof">{t('asOf')}</Text>
            <DateInput
              id="hd-asof"
              size="xs"
              aria-label={t('asOf')}
              title={`${t('asOf')} (${t('asOfHint')})`}
              placeholder={t('today')}
              value={asOf}
              onChange={setAsOf}
              w={112}
            />
            <Button size="xs" variant="subtle" onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')} lang={lang === 'vi' ? 'en' : 'vi'}
              aria-label={`${t('language')}: ${t('switchLang')}`}>
              {lang === 'vi' ? 'EN' : 'VI'}
            </Button>
            {auth.status === 'signed_in' && (
              <Tooltip label={t('signedInAs', { name: auth.user?.name ?? '' })}>
                <ActionIcon component={Link} to="/tai-khoan" variant="subtle" size="lg" aria-label={t('navAccount')}>
                  <IconUser size={18} />
                </ActionIcon>
              </Tooltip>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('appName')}>
        <nav>
          {NAV.filter((n) => (n.to !== '/nhat-ky' || canAudit) && (n.to !== '/nguoi-dung' || canUsers)).map(({ to, label, Icon }) => (
            <NavLink key={to} component={Link} to={to} label={t(label)} leftSection={<Icon size={18} />} active={active(to)}
              aria-current={active(to) ? 'page' : undefined} />
          ))}
          <NavLink component={Link} to="/tai-khoan" label={t('navAccount')} leftSection={<IconUser size={18} />}
            active={active('/tai-khoan')} aria-current={active('/tai-khoan') ? 'page' : undefined} />
        </nav>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
