// Nhiệm vụ: the list with its filters (kept in the address, so a filtered list can be shared) and
// pages counted by the server.
import { Button, Card, Group, MultiSelect, Pagination, Select, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../auth.tsx';
import { TASK_STATUSES } from '../../../src/domain/task-status.ts';
import { api } from '../api.ts';
import { unitOptions, useAppState } from '../app-state.tsx';
import { AsyncView, useApi } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { TaskTable } from '../components/TaskTable.tsx';
import { useI18n } from '../i18n.tsx';
import { DateInput } from '../components/DateInput.tsx';
import { TaskReminderCard, useTaskPicks } from '../components/task/TaskReminders.tsx';

const PAGE_SIZE = 20;

export function TasksPage() {
  const { t, taskStatus, number } = useI18n();
  const { units, asOf: globalAsOf } = useAppState();
  const auth = useAuth();
  // Directives are given by the secretariat (the server decides again: policy mayManage).
  const manages = auth.status !== 'signed_in' || (auth.user?.roles ?? []).some((r) => r === 'admin' || r === 'secretariat');
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? '';
  const page = Math.max(1, Number(get('page')) || 1);
  const asOf = get('asOf') || globalAsOf;
  const filters = {
    q: get('q'), unitId: get('unitId'), status: get('status'), documentId: get('documentId'),
    deadlineFrom: get('deadlineFrom'), deadlineTo: get('deadlineTo'),
  };
  const key = JSON.stringify([filters, page, asOf]);
  const state = useApi(() => api.tasks({ ...filters, asOf: asOf || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }), [key]);
  const docs = useApi(() => api.documents({ limit: 200 }), []);

  const set = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next, { replace: k === 'q' });
  };
  const [q, setQ] = useState(filters.q);
  const pushQ = useDebouncedCallback((v: string) => set('q', v.trim()), 300);
  const statuses = filters.status ? filters.status.split(',') : [];
  // Đôn đốc from the list of overdue or due-soon tasks, as of today.
  const picks = useTaskPicks();
  const remindable = picks.reminds && !get('asOf') && statuses.length > 0 && statuses.every((s) => s === 'in_progress_overdue' || s === 'due_soon');
  const anyFilter = Object.values(filters).some(Boolean);

  return (
    <>
      <PageTitle right={manages ? <Button component={Link} to="/nhiem-vu/moi">{t('giveTask')}</Button> : undefined}>{t('tasksTitle')}</PageTitle>
      <Card withBorder mb="md" component="form" role="search" onSubmit={(e) => { e.preventDefault(); set('q', q.trim()); }}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          <TextInput
            label={t('search')}
            description={t('searchHint')}
            type="search"
            name="q"
            value={q}
            onChange={(e) => { setQ(e.currentTarget.value); pushQ(e.currentTarget.value); }}
          />
          <Select
            label={t('filterUnit')}
            description={'\u00a0'}
            data={unitOptions(units)}
            value={filters.unitId || null}
            onChange={(v) => set('unitId', v ?? '')}
            searchable
            clearable
            placeholder={t('all')}
            nothingFoundMessage={t('none')}
          />
          <MultiSelect
            label={t('filterStatus')}
            description={'\u00a0'}
            data={TASK_STATUSES.map((s) => ({ value: s, label: taskStatus(s) }))}
            value={statuses}
            onChange={(v) => set('status', v.join(','))}
            placeholder={statuses.length ? undefined : t('all')}
            clearable
          />
          <Select
            label={t('filterDocument')}
            data={(docs.data?.items ?? []).map((d) => ({ value: d.id, label: d.title }))}
            value={filters.documentId || null}
            onChange={(v) => set('documentId', v ?? '')}
            searchable
            clearable
            placeholder={t('all')}
          />
          <DateInput label={t('deadlineFrom')} value={filters.deadlineFrom} onChange={(v) => set('deadlineFrom', v)} />
          <DateInput label={t('deadlineTo')} value={filters.deadlineTo} onChange={(v) => set('deadlineTo', v)} />
        </SimpleGrid>
        {anyFilter && (
          <Group mt="sm">
            <Button variant="subtle" size="xs" onClick={() => { setQ(''); setParams(new URLSearchParams(asOf && get('asOf') ? { asOf } : {})); }}>
              {t('clearFilters')}
            </Button>
          </Group>
        )}
      </Card>
      {/* Only when this reader may remind one of the tasks listed (a leader: of their units). */}
      {remindable && state.data?.items.some((x) => x.mayRemind) && (
        <TaskReminderCard picked={[...picks.pick.picked]} again={picks.again} hint={t('remindTasksHintList')} onDone={() => { picks.clear(); state.reload(); }} />
      )}
      <AsyncView state={state}>
        {(r) => {
          const total = r.total ?? r.items.length;
          const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
          return (
            <Card withBorder padding={0} style={{ opacity: state.loading ? 0.6 : 1 }} aria-busy={state.loading}>
              <Text px="md" pt="sm" size="sm" c="dimmed" role="status" data-testid="task-count">{t('results', { n: number(total, 0) })}</Text>
              {r.items.length === 0 ? <Text p="md">{t('noTasks')}</Text> : <TaskTable items={r.items} pick={remindable ? picks.pick : undefined} />}
              {pages > 1 && (
                <Group justify="center" p="md">
                  <Pagination total={pages} value={page} onChange={(p) => set('page', String(p))} />
                </Group>
              )}
            </Card>
          );
        }}
      </AsyncView>
    </>
  );
}
