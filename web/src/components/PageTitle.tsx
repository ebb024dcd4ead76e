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
      <Title order={1} style={{ overflowWrap: 'anywhere', flex: '1 1 300px', fontSize: 'clamp(1.3rem, 1rem + 1.2vw, 1.9rem)', lineHeight: 1.25 }}>{children}</Title>
      {right}
    </Group>
  );
}
