// PLACEHOLDER — the review screen of extraction proposals (accept, edit, merge, reject each proposal
// highlighted at its span) comes when the extraction API exists. Until then this marks its place.
import { Alert, Text } from '@mantine/core';
import { useI18n } from '../i18n.tsx';

export function ExtractionReviewPlaceholder({ documentId }: { documentId: string }) {
  const { t } = useI18n();
  return (
    <Alert color="gray" variant="light" title={t('reviewTitle')} data-testid="extraction-review-placeholder" data-document-id={documentId}>
      <Text size="sm">{t('reviewPlaceholder')}</Text>
    </Alert>
  );
}
