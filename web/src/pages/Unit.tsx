// Một đơn vị: where it sits, the units under it, its on-time rate, the tasks it leads and the
// targets it follows (both through the unitId filters, which include the units below it).
import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../api.ts';
import { useAppState } from '../app-state.tsx';
import { AsyncView, useApi } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { TargetTable } from '../components/TargetTable.tsx';
import { TaskTable } from '../components/TaskTable.tsx';
import { UnitActions, useManagesUnits } from '../components/UnitAdmin.tsx';
import { useI18n } from '../i18n.tsx';

export function UnitPage() {
  const { id = '' } = useParams();
  const { asOf, units, unitName } = useAppState();
  const { t, ratio, number, date } = useI18n();
  const manages = useManagesUnits();
  const [notice, setNotice] = useState<string | null>(null);
  const state = useApi(async () => {
    const a = asOf || undefined;
    const [unit, summary, tasks, targets] = await Promise.all([
      api.unit(id), api.summary({ asOf: a, unitId: id }), api.tasks({ unitId: id, asOf: a, limit: 100 }), api.targets({ unitId: id, asOf: a }),
    ]);
    return { unit, summary, tasks, targets };
  }, [id, asOf]);
  return (
    <AsyncView state={state}>
      {({ unit, summary, tasks, targets }) => {
        const children = units.filter((u) => u.parentId === unit.id).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
        const k = summary.tasks;
        return (
          <>
            <PageTitle text={unit.name}>{unit.name}</PageTitle>
            <Text c="dimmed" mt={-8} mb="md">
              {unit.code} · {unit.kindLabel}
              {unit.parentId && <> · {t('unitParent')}: <Anchor component={Link} to={`/don-vi/${unit.parentId}`} inherit>{unitName(unit.parentId)}</Anchor></>}
            </Text>
            {notice && <Alert color="teal" mb="md" role="status" withCloseButton onClose={() => setNotice(null)} data-testid="unit-notice">{notice}</Alert>}
            {unit.mergedInto ? (
              <Alert color="gray" mb="md" data-testid="unit-merged">
                <Anchor component={Link} to={`/don-vi/${unit.mergedInto}`} inherit>{t('unitMergedInto', { name: unitName(unit.mergedInto), date: date(unit.mergedOn) })}</Anchor>
              </Alert>
            ) : manages && <UnitActions unit={unit} onChanged={(message) => { setNotice(message ?? null); state.reload(); }} />}
            <Stack gap="lg">
              <SimpleGrid cols={{ base: 2, sm: 4 }}>
                {[
                  [t('unitOnTime'), ratio(k.onTimeRate)],
                  [t('colDone'), `${number(k.done, 0)}/${number(k.total, 0)}`],
                  [t('colOverdue'), number(k.counts.in_progress_overdue, 0)],
                  [summary.targets.headlineVi && t('dashTargetsHeading'), `${summary.targets.achieved}/${summary.targets.assessed}`],
                ].map(([label, value]) => (
                  <Card withBorder key={label} padding="sm">
                    <Text size="xs" c="dimmed" fw={600} tt="uppercase">{label}</Text>
                    <Text fw={700} size="xl">{value}</Text>
                  </Card>
                ))}
              </SimpleGrid>
              {children.length > 0 && (
                <Card withBorder>
                  <Title order={2} size="h4" mb="sm">{t('unitChildren')}</Title>
                  <Group gap="md">
                    {children.map((c) => <Anchor key={c.id} component={Link} to={`/don-vi/${c.id}`}>{c.name}</Anchor>)}
                  </Group>
                </Card>
              )}
              <Card withBorder padding={0}>
                <Title order={2} size="h4" p="md" pb={0}>{t('unitTasks')} ({number(tasks.total ?? tasks.items.length, 0)})</Title>
                {tasks.items.length === 0 ? <Text p="md" c="dimmed">{t('noTasks')}</Text> : <TaskTable items={tasks.items} />}
              </Card>
              <Card withBorder padding={0}>
                <Title order={2} size="h4" p="md" pb={0}>{t('unitTargets')} ({number(targets.total, 0)})</Title>
                <TargetTable items={targets.items} showUnit={false} />
              </Card>
            </Stack>
          </>
        );
      }}
    </AsyncView>
  );
}
