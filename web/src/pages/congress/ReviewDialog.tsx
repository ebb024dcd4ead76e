// Thẩm tra tư cách of one delegate: confirm, excuse with a reason, or give the seat to an alternate (their details typed here).
import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { DelegateView } from '../../../../src/contract/index.ts';
import { useSubmit } from '../../components/Async.tsx';
import { congressApi, type ReviewBody } from './congress-api.ts';
import { useWords } from './words.ts';

export type ReviewAction = 'confirm' | 'excuse' | 'replace';

export function ReviewDialog({ congress, delegate, action, onClose, onDone }: { congress: string; delegate: DelegateView; action: ReviewAction; onClose(): void; onDone(): void }) {
  const { w, label } = useWords();
  const [reason, setReason] = useState('');
  const [alt, setAlt] = useState({ code: '', name: '', sex: 'Nam' as 'Nam' | 'Nữ', birthYear: '', unit: delegate.unit, professional: '', theory: '', field: '' });
  const { busy, error, run } = useSubmit();
  const set = (k: keyof typeof alt) => (e: React.ChangeEvent<HTMLInputElement>) => {
    const v = e.currentTarget.value;
    setAlt((x) => ({ ...x, [k]: v }));
  };
  const body = (): ReviewBody =>
    action === 'confirm' ? { decision: 'confirm' }
      : action === 'excuse' ? { decision: 'excuse', reason }
        : {
          decision: 'replace', reason,
          alternate: { code: alt.code.trim(), name: alt.name.trim(), sex: alt.sex, birthYear: Number(alt.birthYear), unit: alt.unit.trim() || undefined,
            professional: alt.professional.trim() || null, theory: alt.theory || null, field: alt.field.trim() || null },
        };
  const ready = action === 'confirm' || (reason.trim() !== '' && (action === 'excuse' || (alt.code.trim() && alt.name.trim() && /^\d{4}$/.test(alt.birthYear))));
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (await run(() => congressApi.review(congress, delegate.code, body()))) onDone();
  }
  const title = `${w(action === 'confirm' ? 'confirm' : action === 'excuse' ? 'excuse' : 'replace')} — ${w('reviewTitle', { name: delegate.name, code: delegate.code })}`;
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <form onSubmit={submit}>
        <Stack gap="sm">
          {error && <Alert color="red" role="alert">{error}</Alert>}
          {action !== 'confirm' && <Textarea label={w('reason')} name="reason" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />}
          {action === 'replace' && (
            <>
              <Text fw={600} size="sm">{w('altTitle')}</Text>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <TextInput label={w('altCode')} name="altCode" required value={alt.code} onChange={set('code')} />
                <TextInput label={w('altName')} name="altName" required value={alt.name} onChange={set('name')} />
                <Select label={w('altSex')} name="altSex" allowDeselect={false} value={alt.sex} onChange={(v) => setAlt((x) => ({ ...x, sex: v === 'Nữ' ? 'Nữ' : 'Nam' }))}
                  data={['Nam', 'Nữ'].map((v) => ({ value: v, label: label(v) }))} />
                <TextInput label={w('altBorn')} name="altBorn" required inputMode="numeric" maxLength={4} value={alt.birthYear} onChange={set('birthYear')} />
                <TextInput label={w('altUnit')} name="altUnit" value={alt.unit} onChange={set('unit')} />
                <TextInput label={w('altProfessional')} name="altProfessional" value={alt.professional} onChange={set('professional')} />
                <Select label={w('altTheory')} name="altTheory" clearable value={alt.theory || null} onChange={(v) => setAlt((x) => ({ ...x, theory: v ?? '' }))}
                  data={['Cử nhân', 'Cao cấp', 'Trung cấp', 'Sơ cấp']} />
                <TextInput label={w('altField')} name="altField" value={alt.field} onChange={set('field')} />
              </SimpleGrid>
            </>
          )}
          <Group justify="flex-end"><Button type="submit" loading={busy} disabled={!ready}>{w('reviewSave')}</Button></Group>
        </Stack>
      </form>
    </Modal>
  );
}
