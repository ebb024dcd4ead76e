// Quản lý đơn vị for the secretariat: add a unit, rename or move it, merge it into its successor.
// The server decides again (policy mayManage, the merger rule); refusals show as its words.
import { Alert, Button, Card, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { UNIT_KINDS, UNIT_KIND_LABELS, type UnitKind } from '../../../src/domain/unit.ts';
import type { UnitItem } from '../../../src/contract/index.ts';
import { api, type UnitInput } from '../api.ts';
import { unitOptions, useAppState } from '../app-state.tsx';
import { useAuth } from '../auth.tsx';
import { useSubmit } from './Async.tsx';
import { useI18n } from '../i18n.tsx';

const KIND_OPTIONS = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));

/** Units are managed by the administrator and the secretariat (domain/policy mayManage). */
export function useManagesUnits(): boolean {
  const auth = useAuth();
  return auth.status !== 'signed_in' || (auth.user?.roles ?? []).some((r) => r === 'admin' || r === 'secretariat');
}

function UnitFields({ value, onChange, exclude }: { value: UnitInput; onChange(v: UnitInput): void; exclude?: string }) {
  const { t } = useI18n();
  const { units } = useAppState();
  const parents = unitOptions(units).filter((o) => o.value !== exclude);
  return (
    <>
      <Group grow align="flex-start">
        <TextInput label={t('unitName')} name="name" required value={value.name} onChange={(e) => onChange({ ...value, name: e.currentTarget.value })} />
        <TextInput label={t('unitCode')} name="code" required value={value.code} description={t('unitCodeHint')} onChange={(e) => onChange({ ...value, code: e.currentTarget.value })} />
      </Group>
      <Group grow align="flex-start">
        <Select label={t('unitKind')} name="kind" data={KIND_OPTIONS} value={value.kind} allowDeselect={false} onChange={(k) => k && onChange({ ...value, kind: k as UnitKind })} />
        <Select label={t('unitParent')} name="parentId" data={parents} value={value.parentId} searchable clearable placeholder={t('unitParentNone')} onChange={(p) => onChange({ ...value, parentId: p })} />
      </Group>
    </>
  );
}

export function NewUnit() {
  const { t } = useI18n();
  const { reloadUnits } = useAppState();
  const empty: UnitInput = { code: '', name: '', kind: 'xa', parentId: null };
  const [value, setValue] = useState<UnitInput>(empty);
  const { busy, error, run } = useSubmit();
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (await run(() => api.createUnit({ ...value, code: value.code.trim(), name: value.name.trim() }))) {
      setValue({ ...empty, kind: value.kind, parentId: value.parentId });
      reloadUnits();
    }
  }
  return (
    <Card withBorder component="form" onSubmit={submit} aria-label={t('unitNew')} data-testid="unit-form" mb="lg">
      <Stack gap="sm">
        <Text fw={600}>{t('unitNew')}</Text>
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <UnitFields value={value} onChange={setValue} />
        <Group><Button type="submit" loading={busy} disabled={!value.code.trim() || !value.name.trim()}>{t('unitCreate')}</Button></Group>
      </Stack>
    </Card>
  );
}

/** The buttons on an open unit's page, each opening its form in a dialog; a merger says what moved. */
export function UnitActions({ unit, onChanged }: { unit: UnitItem; onChanged(message?: string): void }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<'edit' | 'merge' | null>(null);
  const close = (message?: string) => {
    setMode(null);
    onChanged(message);
  };
  return (
    <>
      <Group gap="xs" mb="md">
        <Button variant="light" size="xs" onClick={() => setMode('edit')}>{t('unitEdit')}</Button>
        <Button variant="light" color="orange" size="xs" onClick={() => setMode('merge')}>{t('unitMerge')}</Button>
      </Group>
      <Modal opened={mode === 'edit'} onClose={() => setMode(null)} title={t('unitEditTitle')} size="lg">
        {mode === 'edit' && <EditUnit unit={unit} onDone={() => close()} />}
      </Modal>
      <Modal opened={mode === 'merge'} onClose={() => setMode(null)} title={t('unitMergeTitle', { name: unit.name })}>
        {mode === 'merge' && <MergeUnit unit={unit} onDone={close} />}
      </Modal>
    </>
  );
}

function EditUnit({ unit, onDone }: { unit: UnitItem; onDone(): void }) {
  const { t } = useI18n();
  const { reloadUnits } = useAppState();
  const [value, setValue] = useState<UnitInput>({ code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parentId });
  const { busy, error, run } = useSubmit();
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    // Only what changed is sent: the audit trail then shows the one change made.
    const patch: Partial<UnitInput> = {};
    if (value.code.trim() !== unit.code) patch.code = value.code.trim();
    if (value.name.trim() !== unit.name) patch.name = value.name.trim();
    if (value.kind !== unit.kind) patch.kind = value.kind;
    if (value.parentId !== unit.parentId) patch.parentId = value.parentId;
    if (await run(() => api.updateUnit(unit.id, patch))) {
      reloadUnits();
      onDone();
    }
  }
  return (
    <Stack component="form" gap="sm" onSubmit={submit} aria-label={t('unitEditTitle')} data-testid="unit-edit-form">
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <UnitFields value={value} onChange={setValue} exclude={unit.id} />
      <Group justify="flex-end"><Button type="submit" loading={busy} disabled={!value.code.trim() || !value.name.trim()}>{t('save')}</Button></Group>
    </Stack>
  );
}

function MergeUnit({ unit, onDone }: { unit: UnitItem; onDone(message: string): void }) {
  const { t } = useI18n();
  const { units, reloadUnits } = useAppState();
  const [into, setInto] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!into) return;
    let message = '';
    if (await run(async () => { message = t('unitMergedDone', (await api.mergeUnit(unit.id, into)).moved); })) {
      reloadUnits();
      onDone(message);
    }
  }
  return (
    <Stack component="form" gap="sm" onSubmit={submit} aria-label={t('unitMergeTitle', { name: unit.name })} data-testid="unit-merge-form">
      <Text size="sm">{t('unitMergeHint')}</Text>
      {error && <Alert color="red" role="alert">{error}</Alert>}
      <Select label={t('unitMergeInto')} name="intoId" data={unitOptions(units).filter((o) => o.value !== unit.id)} value={into} onChange={setInto} searchable required />
      <Group justify="flex-end"><Button type="submit" color="orange" loading={busy} disabled={!into}>{t('unitMergeConfirm')}</Button></Group>
    </Stack>
  );
}
