// Chỉ tiêu: the table of targets, filtered by field, unit and status (filters kept in the address).
import { Card, Select, SimpleGrid, Text } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { TARGET_STATUSES, type TargetStatusKind } from '../../../src/domain/target-status.ts';
import { TARGET_GROUPS, type TargetGroup } from '../../../src/domain/target.ts';
import { api } from '../api.ts';
import { unitOptions, useAppState } from '../app-state.tsx';
import { AsyncView, useApi } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { TargetTable } from '../components/TargetTable.tsx';
import { useI18n } from '../i18n.tsx';

export function TargetsPage() {
  const { t, group, targetStatus, number } = useI18n();
  const { units, asOf } = useAppState();
  const [params, setParams] = useSearchParams();
  const g = (params.get('group') ?? '') as TargetGroup | '';
  const status = (params.get('status') ?? '') as TargetStatusKind | '';
  const unitId = params.get('unitId') ?? '';
  const state = useApi(() => api.targets({ group: g, status, unitId, asOf: asOf || undefined }), [g, status, unitId, asOf]);
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next);
  };
  return (
    <>
      <PageTitle>{t('targetsTitle')}</PageTitle>
      <Card withBorder mb="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select label={t('filterGroup')} data={TARGET_GROUPS.map((x) => ({ value: x, label: group(x) }))} value={g || null}
            onChange={(v) => set('group', v)} clearable placeholder={t('all')} />
          <Select label={t('filterUnit')} data={unitOptions(units)} value={unitId || null} onChange={(v) => set('unitId', v)}
            clearable searchable placeholder={t('all')} nothingFoundMessage={t('none')} />
          <Select label={t('filterStatus')} data={TARGET_STATUSES.map((x) => ({ value: x, label: targetStatus(x) }))} value={status || null}
            onChange={(v) => set('status', v)} clearable placeholder={t('all')} />
        </SimpleGrid>
      </Card>
      <AsyncView state={state}>
        {(r) => (
          <Card withBorder padding={0} style={{ opacity: state.loading ? 0.6 : 1 }}>
            <Text px="md" pt="sm" size="sm" c="dimmed" role="status">{t('results', { n: number(r.total, 0) })}</Text>
            <TargetTable items={r.items} />
          </Card>
        )}
      </AsyncView>
    </>
  );
}
