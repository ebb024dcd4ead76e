// A figure's corrections, as the secretariat and the unit make them: correct it (a new entry; the old
// one kept), withdraw it, each with a reason, and read its history with who, when and why.
import { ActionIcon, Alert, Button, Group, Menu, Modal, NumberInput, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { STANDINGS, type Standing } from '../../../src/domain/observation.ts';
import type { ObservationHistory, ObservationItem } from '../../../src/contract/index.ts';
import { api } from '../api.ts';
import { errorMessage, useSubmit } from './Async.tsx';
import { useI18n } from '../i18n.tsx';

type Mode = 'correct' | 'withdraw' | 'history' | null;

export function FigureActions({ o, mayChange, onChanged }: { o: ObservationItem; mayChange: boolean; onChanged(): void }) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>(null);
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" aria-label={t('figureActions')} data-testid={`figure-actions-${o.id}`}>⋯</ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {mayChange && <Menu.Item onClick={() => setMode('correct')}>{t('figureCorrect')}</Menu.Item>}
          {mayChange && <Menu.Item color="red" onClick={() => setMode('withdraw')}>{t('figureWithdraw')}</Menu.Item>}
          <Menu.Item onClick={() => setMode('history')}>{t('figureHistory')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={mode !== null} onClose={() => setMode(null)} size="lg"
        title={mode === 'correct' ? t('figureCorrect') : mode === 'withdraw' ? t('figureWithdraw') : t('figureHistory')}>
        {mode === 'history' ? <History id={o.id} /> : mode && <ChangeForm o={o} mode={mode} onDone={() => { setMode(null); onChanged(); }} />}
      </Modal>
    </>
  );
}

function ChangeForm({ o, mode, onDone }: { o: ObservationItem; mode: 'correct' | 'withdraw'; onDone(): void }) {
  const { t, standing, amount } = useI18n();
  const [value, setValue] = useState<string | number>(o.value);
  const [std, setStd] = useState<Standing>(o.standing);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit();
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const done = await run(() => (mode === 'correct' ? api.correctObservation(o.id, { value: Number(value), standing: std, reason }) : api.withdrawObservation(o.id, reason)));
    if (done) onDone();
  }
  return (
    <form onSubmit={submit} aria-label={mode === 'correct' ? t('figureCorrect') : t('figureWithdraw')}>
      <Stack gap="sm">
        {error && <Alert color="red" role="alert">{error}</Alert>}
        <Text size="sm">{o.periodLabel}: <b>{amount(o.value, o.unit)}</b> ({standing(o.standing).toLowerCase()})</Text>
        {mode === 'correct' && (
          <>
            <NumberInput label={t('figureNewValue')} name="value" required value={value} onChange={setValue} decimalSeparator="," thousandSeparator="." allowDecimal hideControls />
            <Select label={t('figureStanding')} data={STANDINGS.map((s) => ({ value: s, label: standing(s) }))} value={std}
              onChange={(v) => setStd((v as Standing) ?? o.standing)} allowDeselect={false} />
          </>
        )}
        <Textarea label={t('reason')} name="reason" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button type="submit" loading={busy} color={mode === 'withdraw' ? 'red' : undefined} disabled={!reason.trim()}>
            {mode === 'correct' ? t('figureCorrect') : t('figureWithdraw')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function History({ id }: { id: string }) {
  const { t, amount, standing, dateTime } = useI18n();
  const [items, setItems] = useState<ObservationHistory['items'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (items === null && error === null) api.observationHistory(id).then((h) => setItems(h.items), (e) => setError(errorMessage(e)));
  if (error) return <Alert color="red">{error}</Alert>;
  if (!items) return <Text c="dimmed">…</Text>;
  return (
    <Table data-testid="figure-history">
      <Table.Thead>
        <Table.Tr><Table.Th>{t('colValue')}</Table.Th><Table.Th>{t('figureRecorded')}</Table.Th><Table.Th>{t('figureState')}</Table.Th></Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((h) => (
          <Table.Tr key={h.id}>
            <Table.Td fw={600}>{amount(h.value, h.unit)} <Text span size="xs" c="dimmed">({standing(h.standing).toLowerCase()})</Text></Table.Td>
            <Table.Td>{dateTime(h.recordedAt)}{h.reason ? <Text size="xs">{t('reason')}: {h.reason}</Text> : null}</Table.Td>
            <Table.Td>
              {h.withdrawn ? <Text size="sm" c="red">{t('figureWithdrawnOn', { date: dateTime(h.withdrawn.at) })}: {h.withdrawn.reason}</Text>
                : h.supersededBy ? <Text size="sm" c="dimmed">{t('figureSuperseded')}</Text>
                : <Text size="sm" c="teal">{t('figureStanding2')}</Text>}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
