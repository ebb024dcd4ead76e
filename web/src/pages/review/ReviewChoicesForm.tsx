// The review report's options beside a preview: number and symbol, the signer's title and name, the
// recipients, and the targets (those running in the period, or chosen ones). The preview is the
// server's own reading (GET /api/reports/review/preview), so it shows what the document will print.
import { Card, Group, MultiSelect, Radio, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { api, type ReviewChoices } from '../../api.ts';
import { AsyncView, useApi } from '../../components/Async.tsx';
import { useI18n } from '../../i18n.tsx';

export interface ChoicesState { number: string; signerRole: string; signerName: string; recipients: string; mode: 'running' | 'chosen'; targets: string[] }

export const toChoices = (c: ChoicesState): ReviewChoices => ({
  number: c.number.trim() || undefined,
  signerRole: c.signerRole.trim() || undefined,
  signerName: c.signerName.trim() || undefined,
  recipients: c.recipients.trim() || undefined,
  targets: c.mode === 'chosen' && c.targets.length ? c.targets.join(',') : undefined,
});

export function ReviewChoicesForm({ value, onChange }: { value: ChoicesState; onChange(v: ChoicesState): void }) {
  const { t } = useI18n();
  const targets = useApi(() => api.targets().then((r) => r.items), []);
  const set = (p: Partial<ChoicesState>) => onChange({ ...value, ...p });
  return (
    <Stack gap="sm" data-testid="review-choices">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput label={t('reviewNumber')} name="number" description={t('reviewNumberHint')} value={value.number} onChange={(e) => set({ number: e.currentTarget.value })} />
        <TextInput label={t('reviewSignerName')} name="signerName" value={value.signerName} onChange={(e) => set({ signerName: e.currentTarget.value })} />
        <Textarea label={t('reviewSignerRole')} name="signerRole" description={t('reviewDefaultHint')} autosize minRows={2} value={value.signerRole} onChange={(e) => set({ signerRole: e.currentTarget.value })} />
        <Textarea label={t('reviewRecipients')} name="recipients" description={t('reviewDefaultHint')} autosize minRows={3} value={value.recipients} onChange={(e) => set({ recipients: e.currentTarget.value })} />
      </SimpleGrid>
      {/* Radios, not a segmented control: the two labels wrap on a phone instead of being cut. */}
      <Radio.Group label={t('reviewTargetsMode')} value={value.mode} onChange={(m) => set({ mode: m as ChoicesState['mode'] })}>
        <Group gap="md" mt={4}>
          <Radio value="running" label={t('reviewTargetsRunning')} />
          <Radio value="chosen" label={t('reviewTargetsChosen')} />
        </Group>
      </Radio.Group>
      {value.mode === 'chosen' && (
        <MultiSelect label={t('reviewTargetsPick')} name="targets" searchable value={value.targets} onChange={(v) => set({ targets: v })}
          data={(targets.data ?? []).map((x) => ({ value: x.id, label: x.label }))} />
      )}
    </Stack>
  );
}

export function ReviewPreviewCard({ period, unitId, choices }: { period: string; unitId: string | null; choices: ReviewChoices }) {
  const { t, amount } = useI18n();
  const key = JSON.stringify([period, unitId, choices]);
  const state = useApi(() => api.reviewPreview({ period, unitId, ...choices }), [key]);
  return (
    <Card withBorder data-testid="review-preview">
      <Title order={2} size="h4" mb="sm">{t('reviewPreview')}</Title>
      <AsyncView state={state}>
        {(p) => (
          <Stack gap="xs">
            <Text size="sm" data-testid="preview-number">{p.numberLine}</Text>
            <Text size="sm" fs="italic">{p.dateLine}</Text>
            <Text fw={700} ta="center">BÁO CÁO</Text>
            <Text fw={600} ta="center">{p.title}</Text>
            <Text size="sm" fw={600} mt="xs">{t('reviewPreviewTargets', { n: p.targets.length })} · {p.headline}</Text>
            <Table.ScrollContainer minWidth={480}>
              <Table fz="sm" data-testid="preview-targets">
                <Table.Tbody>
                  {p.targets.map((r, i) => (
                    <Table.Tr key={i}><Table.Td>{r.label}</Table.Td><Table.Td>{r.targetText}</Table.Td><Table.Td>{r.periodValue === null ? '—' : amount(r.periodValue, r.unit)}</Table.Td><Table.Td>{r.statusLabel}</Table.Td></Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <SimpleGrid cols={2} mt="sm">
              <div data-testid="preview-recipients">
                <Text size="sm" fw={700} fs="italic">Nơi nhận:</Text>
                {p.recipients.map((r, i) => <Text key={i} size="xs">- {r}</Text>)}
              </div>
              <div data-testid="preview-signer" style={{ textAlign: 'center' }}>
                {p.signer.role.split('\n').map((l, i) => <Text key={i} size="sm" fw={700}>{l.toLocaleUpperCase('vi')}</Text>)}
                <Text size="sm" fw={700} mt="lg">{p.signer.name ?? t('reviewNoSignerName')}</Text>
              </div>
            </SimpleGrid>
          </Stack>
        )}
      </AsyncView>
    </Card>
  );
}
