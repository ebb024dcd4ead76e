// Giao nhiệm vụ: the secretariat's form for a directive with the six clears (6 rõ), labelled as the
// task page shows them — what (rõ việc), the lead and co-ordinating units (rõ trách nhiệm), the person
// in charge (rõ người), the time limits (rõ thời gian), the product (rõ sản phẩm) and who assigned it
// (rõ thẩm quyền) — to give a new directive or edit one.
import { Alert, Button, Card, Checkbox, Grid, Group, MultiSelect, Select, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TaskDetail } from '../../../src/contract/index.ts';
import { api, type TaskInput } from '../api.ts';
import { unitOptions, useAppState } from '../app-state.tsx';
import { AsyncView, useApi, useSubmit } from '../components/Async.tsx';
import { PageTitle } from '../components/PageTitle.tsx';
import { useI18n } from '../i18n.tsx';
import { DateInput } from '../components/DateInput.tsx';

function todayVn(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

export function TaskNewPage() {
  const state = useApi(() => api.targets(), []);
  return <AsyncView state={state}>{(targets) => <TaskForm targets={targets.items.map((x) => ({ value: x.id, label: x.label }))} />}</AsyncView>;
}

export function TaskEditPage() {
  const { id = '' } = useParams();
  const state = useApi(async () => {
    const [task, targets] = await Promise.all([api.task(id), api.targets()]);
    return { task, targets: targets.items.map((x) => ({ value: x.id, label: x.label })) };
  }, [id]);
  return <AsyncView state={state} notFound="taskNotFound">{(d) => <TaskForm task={d.task} targets={d.targets} />}</AsyncView>;
}

function TaskForm({ task, targets }: { task?: TaskDetail; targets: { value: string; label: string }[] }) {
  const { t } = useI18n();
  const { units } = useAppState();
  const navigate = useNavigate();
  const [title, setTitle] = useState(task?.title ?? '');
  const [lead, setLead] = useState<string | null>(task?.leadUnitId ?? null);
  const [co, setCo] = useState<string[]>(task?.coUnitIds ?? []);
  const [person, setPerson] = useState(task?.personInCharge ?? '');
  const [assignedOn, setAssignedOn] = useState(task?.assignedOn ?? todayVn());
  const [deadline, setDeadline] = useState(task?.deadline ?? '');
  const [latest, setLatest] = useState(task?.latest ?? '');
  const [recurring, setRecurring] = useState(task?.recurring ?? false);
  const [product, setProduct] = useState(task?.product ?? '');
  const [authority, setAuthority] = useState(task?.authority ?? '');
  const [linked, setLinked] = useState<string[]>(task?.targetIds ?? []);
  const { busy, error, run } = useSubmit();

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const body: TaskInput = {
      title: title.trim(), leadUnitId: lead, coUnitIds: co.filter((u) => u !== lead), personInCharge: person.trim() || null,
      assignedOn, deadline: recurring ? null : deadline || null, latest: recurring ? null : latest || null, recurring,
      product: product.trim() || null, authority: authority.trim() || null, targetIds: linked,
    };
    await run(async () => {
      const saved = task ? await api.updateTask(task.id, { ...body, version: task.version }) : await api.createTask(body);
      navigate(`/nhiem-vu/${encodeURIComponent(saved.id)}`);
    });
  }

  const heading = task ? t('taskEditTitle') : t('taskNewTitle');
  const unitData = unitOptions(units);
  return (
    <>
      <PageTitle>{heading}</PageTitle>
      <Card withBorder component="form" onSubmit={submit} aria-label={heading} data-testid="task-form" maw={960}>
        <Stack gap="md">
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Text size="sm" c="dimmed">{t('sixClearsHint')}</Text>
          <Textarea label={t('clearWork')} description={t('fTitle')} name="title" required autosize minRows={2} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Select label={t('clearResponsibility')} description={t('fLeadUnit')} name="leadUnitId" data={unitData} value={lead} onChange={setLead} searchable clearable
                placeholder={t('noLeadUnit')} nothingFoundMessage={t('none')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <MultiSelect label={t('fCoUnits')} name="coUnitIds" data={unitData.filter((u) => u.value !== lead)} value={co} onChange={setCo} searchable clearable
                nothingFoundMessage={t('none')} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('clearPerson')} description={t('fPersonInCharge')} name="personInCharge" value={person} onChange={(e) => setPerson(e.currentTarget.value)} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput label={t('clearAuthority')} description={t('fAuthority')} name="authority" value={authority} onChange={(e) => setAuthority(e.currentTarget.value)} />
            </Grid.Col>
          </Grid>
          <Title order={2} size="h5">{t('clearTime')}</Title>
          <Group grow align="flex-start">
            <DateInput label={t('fAssignedOn')} name="assignedOn" required value={assignedOn} onChange={setAssignedOn} />
            <DateInput label={t('fDeadline')} name="deadline" value={deadline} disabled={recurring} onChange={setDeadline} />
            <DateInput label={t('fLatest')} name="latest" value={latest} disabled={recurring} onChange={setLatest} />
          </Group>
          <Checkbox label={t('fRecurring')} name="recurring" checked={recurring} onChange={(e) => setRecurring(e.currentTarget.checked)} />
          <Textarea label={t('clearProduct')} description={t('fProduct')} name="product" autosize minRows={2} value={product} onChange={(e) => setProduct(e.currentTarget.value)} />
          <MultiSelect label={t('fTargets')} name="targetIds" data={targets} value={linked} onChange={setLinked} searchable clearable nothingFoundMessage={t('none')} />
          <Group>
            <Button type="submit" loading={busy} disabled={!title.trim()}>{task ? t('save') : t('giveTask')}</Button>
            <Button variant="default" component={Link} to={task ? `/nhiem-vu/${encodeURIComponent(task.id)}` : '/nhiem-vu'}>{t('cancel')}</Button>
          </Group>
        </Stack>
      </Card>
    </>
  );
}
