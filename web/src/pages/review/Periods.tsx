// Kỳ báo cáo: the periods opened so far, and the secretariat's form to open a new one.
import { Alert, Anchor, Button, Card, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api.ts';
import { useAuth } from '../../auth.tsx';
import { AsyncView, errorMessage, useApi } from '../../components/Async.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { useI18n } from '../../i18n.tsx';
import type { PeriodItem } from '../../../../src/contract/index.ts';
import { defaultDue, defaultTitle, periodCode, periodText, todayVn, type PeriodKindChoice } from './period-code.ts';
import { DateInput } from '../../components/DateInput.tsx';

export function useManages(): boolean {
  const auth = useAuth();
  const roles = auth.user?.roles ?? [];
  return auth.status !== 'signed_in' || roles.includes('admin') || roles.includes('secretariat');
}

export default function PeriodsPage() {
  const { t } = useI18n();
  const manages = useManages();
  const state = useApi(() => api.periods(), []);
  return (
    <>
      <PageTitle>{t('periodsTitle')}</PageTitle>
      <Stack gap="lg">
        <AsyncView state={state}>{(d) => <PeriodList items={d.items} />}</AsyncView>
        {manages && <OpenPeriodForm />}
      </Stack>
    </>
  );
}

function PeriodList({ items }: { items: PeriodItem[] }) {
  const { t, date, lang } = useI18n();
  if (items.length === 0) return <Text c="dimmed">{t('periodsNone')}</Text>;
  const sorted = [...items].sort((a, b) => (b.end + b.dueOn).localeCompare(a.end + a.dueOn));
  return (
    <Card withBorder padding={0}>
      <Table.ScrollContainer minWidth={320}>
        <Table verticalSpacing="sm" data-testid="period-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('colPeriodName')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('colPeriod')}</Table.Th>
              <Table.Th>{t('colDueOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((p) => (
              <Table.Tr key={p.id} data-period-id={p.id} data-period={p.period}>
                <Table.Td><Anchor component={Link} to={`/ky-bao-cao/${encodeURIComponent(p.id)}`} fw={600}>{p.title}</Anchor></Table.Td>
                <Table.Td visibleFrom="sm">{periodText(p.period, lang)}</Table.Td>
                <Table.Td>{date(p.dueOn)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function OpenPeriodForm() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const thisYear = Number(todayVn().slice(0, 4));
  const [kind, setKind] = useState<PeriodKindChoice>('quarter');
  const [year, setYear] = useState(String(thisYear));
  const [which, setWhich] = useState('1');
  const code = periodCode(kind, Number(year), Number(which));
  const [dueOn, setDueOn] = useState(defaultDue(code));
  const [title, setTitle] = useState(defaultTitle(code));
  const [touched, setTouched] = useState({ due: false, title: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The due day and the title follow the chosen period until the secretariat writes their own.
  useEffect(() => {
    if (!touched.due) setDueOn(defaultDue(code));
    if (!touched.title) setTitle(defaultTitle(code));
  }, [code, touched.due, touched.title]);
  const years = useMemo(() => Array.from({ length: 7 }, (_, i) => String(thisYear + 1 - i)), [thisYear]);
  const whichData = kind === 'quarter'
    ? [1, 2, 3, 4].map((n) => ({ value: String(n), label: t('periodQuarterN', { n }) }))
    : [{ value: '1', label: t('periodHalf1') }, { value: '2', label: t('periodHalf2') }];

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const p = await api.openPeriod({ period: code, dueOn, title: title.trim() });
      navigate(`/ky-bao-cao/${encodeURIComponent(p.id)}`, { state: { opened: true } });
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="open-period-title">
      <Title order={2} size="h4" mb="sm" id="open-period-title">{t('periodOpenTitle')}</Title>
      <Stack gap="sm">
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <Select label={t('periodKind')} name="kind" allowDeselect={false} value={kind}
            onChange={(v) => {
              setKind((v as PeriodKindChoice) ?? 'quarter');
              if (v === 'half' && Number(which) > 2) setWhich('1');
            }}
            data={[
              { value: 'quarter', label: t('periodKindQuarter') },
              { value: 'half', label: t('periodKindHalf') },
              { value: '9m', label: t('periodKind9m') },
              { value: 'year', label: t('periodKindYear') },
            ]} />
          {(kind === 'quarter' || kind === 'half') && (
            <Select label={t('periodWhich')} name="which" allowDeselect={false} value={which} onChange={(v) => setWhich(v ?? '1')} data={whichData} />
          )}
          <Select label={t('periodYear')} name="year" allowDeselect={false} value={year} onChange={(v) => setYear(v ?? String(thisYear))} data={years} />
        </SimpleGrid>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="period-code">→ {periodText(code, lang)} ({code})</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DateInput label={t('periodDueOn')} name="dueOn" required value={dueOn}
            onChange={(v) => {
              setDueOn(v);
              setTouched((x) => ({ ...x, due: true }));
            }} />
          <TextInput label={t('periodTitleField')} name="title" required value={title}
            onChange={(e) => {
              setTitle(e.currentTarget.value);
              setTouched((x) => ({ ...x, title: true }));
            }} />
        </SimpleGrid>
        <Group><Button type="submit" loading={busy} disabled={!dueOn || !title.trim()}>{t('periodOpenButton')}</Button></Group>
      </Stack>
    </Card>
  );
}
