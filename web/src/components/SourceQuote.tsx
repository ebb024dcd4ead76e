// The sentence a target, figure or task came from, with a link to it inside its document.
import { Anchor, Blockquote, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../i18n.tsx';
import type { SourceRef } from '../../../src/contract/index.ts';

export function sourceLink(s: SourceRef): string | null {
  if (!s.documentId) return null;
  return s.span ? `/van-ban/${s.documentId}?span=${s.span[0]}-${s.span[1]}` : `/van-ban/${s.documentId}`;
}

export function SourceQuote({ source }: { source: SourceRef }) {
  const { t } = useI18n();
  const link = sourceLink(source);
  if (!source.quote && !link) return <Text c="dimmed" size="sm">{t('noneYet')}</Text>;
  return (
    <Blockquote color="blue" p="md" data-testid="source-quote">
      {source.quote && <Text component="q" style={{ fontStyle: 'italic' }}>{source.quote}</Text>}
      {link && <Text size="sm" mt="xs"><Anchor component={Link} to={link}>{t('openInDocument')}</Anchor></Text>}
    </Blockquote>
  );
}
