// The heading of a page, also written into the browser's title bar.
import { Group, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n.tsx';

export function PageTitle({ children, text, right }: { children: ReactNode; text?: string; right?: ReactNode }) {
  const { t } = useI18n();
  const plain = text ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = plain ? `${plain} — ${t('appName')}` : t('appName');
  }, [plain, t]);
  return (
    <Group justify="space-between" align="flex-start" mb="md" gap="sm">
      <Title order={1} size="h2" style={{ overflowWrap: 'anywhere', flex: '1 1 300px' }}>{children}</Title>
      {right}
    </Group>
  );
}
