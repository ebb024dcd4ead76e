// Báo cáo kiểm điểm: choose a period (one opened for reporting, or any period code) and, if wanted, a
// unit, then download the review report as Word or its tables as Excel.
import { Card, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { parsePeriod } from '../../../../src/domain/period.ts';
import { api } from '../../api.ts';
import { unitOptions, useAppState } from '../../app-state.tsx';
import { useApi } from '../../components/Async.tsx';
import { PageTitle } from '../../components/PageTitle.tsx';
import { ReviewDownload } from '../../components/ReviewDownload.tsx';
import { useI18n } from '../../i18n.tsx';
import { periodText, quarterOf, todayVn } from './period-code.ts';
import { ReviewChoicesForm, ReviewPreviewCard, toChoices, type ChoicesState } from './ReviewChoicesForm.tsx';

export default function ReviewReportPage() {
  const { t, lang } = useI18n();
  const { units } = useAppState();
  const [params] = useSearchParams();
  const periods = useApi(() => api.periods().then((r) => r.items), []);
  const [period, setPeriod] = useState(params.get('ky') ?? '');
  const [unitId, setUnitId] = useState<string | null>(params.get('donVi'));
  const [choices, setChoices] = useState<ChoicesState>({
    // Empty title and recipients take the server's defaults, which the preview shows.
    number: '', signerRole: '', signerName: '', recipients: '', mode: 'running', targets: [],
  });
  const opened = [...(periods.data ?? [])].sort((a, b) => b.end.localeCompare(a.end));
  const chosen = period || opened[0]?.period || quarterOf(todayVn());
  const parsed = parsePeriod(chosen.trim());
  return (
    <>
      <PageTitle>{t('reviewReportTitle')}</PageTitle>
      <Card withBorder mb="lg">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">{t('reviewIntro')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {opened.length > 0 ? (
              <Select label={t('reviewPeriod')} name="period" allowDeselect={false} searchable value={chosen}
                onChange={(v) => v && setPeriod(v)}
                data={[...new Map(opened.map((p) => [p.period, { value: p.period, label: `${p.title} (${p.period})` }])).values()]} />
            ) : (
              <TextInput label={t('reviewPeriod')} name="period" description={t('reviewPeriodHint')} value={chosen}
                onChange={(e) => setPeriod(e.currentTarget.value)} error={chosen.trim() && !parsed ? t('figurePeriodInvalid') : undefined} />
            )}
            <Select label={t('reviewUnit')} name="unitId" searchable value={unitId ?? ''} onChange={(v) => setUnitId(v || null)} allowDeselect={false}
              data={[{ value: '', label: t('reviewAllUnits') }, ...unitOptions(units)]} />
          </SimpleGrid>
          {parsed && <Text size="sm" c="dimmed">→ {periodText(parsed.code, lang)}</Text>}
          <ReviewChoicesForm value={choices} onChange={setChoices} />
          <ReviewDownload period={parsed?.code ?? ''} unitId={unitId} disabled={!parsed} choices={toChoices(choices)} />
        </Stack>
      </Card>
      {parsed && <ReviewPreviewCard period={parsed.code} unitId={unitId} choices={toChoices(choices)} />}
    </>
  );
}
