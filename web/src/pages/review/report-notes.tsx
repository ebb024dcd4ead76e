// Beside each line of a unit's report: the secretariat's comment box while returning it, or the
// comment it left, for the unit to see where it fixes; and the report's history below the lines.
import { Alert, Card, Text, TextInput, Timeline, Title } from '@mantine/core';
import type { LineComment, SubmissionStep } from '../../../../src/contract/index.ts';
import { IconCheckCircle, IconHistory, IconReturn, IconSend } from '../../components/icons.tsx';
import { useI18n, type MessageKey } from '../../i18n.tsx';

export const lineKey = (c: Pick<LineComment, 'line' | 'id'>) => `${c.line}:${c.id}`;

/** While returning: a comment box for the line; otherwise the comment left on it, if any. */
export function LineNote({ k, returning, value, onChange, left }: { k: string; returning: boolean; value: string; onChange(v: string): void; left: string | undefined }) {
  const { t } = useI18n();
  if (returning) return <TextInput mt="xs" label={t('lineComment')} name={`comment-${k}`} value={value} onChange={(e) => onChange(e.currentTarget.value)} />;
  if (!left) return null;
  return <Alert mt="xs" color="orange" variant="light" title={t('lineCommentFrom')} data-testid="line-comment" p="xs">{left}</Alert>;
}

const STEP: Record<SubmissionStep['action'], [MessageKey, React.ComponentType<{ size?: number }>]> = {
  submit: ['historySubmit', IconSend], return: ['historyReturn', IconReturn], accept: ['historyAccept', IconCheckCircle], reopen: ['historyReopen', IconHistory],
};

export function SubmissionHistory({ steps }: { steps: SubmissionStep[] }) {
  const { t, dateTime } = useI18n();
  return (
    <Card withBorder component="section" aria-labelledby="report-history">
      <Title order={2} size="h4" mb="sm" id="report-history">{t('historyTitle')}</Title>
      {steps.length === 0 ? <Text size="sm" c="dimmed">{t('historyNone')}</Text> : (
        <Timeline bulletSize={24} lineWidth={2} active={steps.length} data-testid="report-history">
          {steps.map((s, i) => {
            const [label, Icon] = STEP[s.action];
            return (
              <Timeline.Item key={i} bullet={<Icon size={13} />} title={t(label)} data-action={s.action}>
                <Text size="xs" c="dimmed">{dateTime(s.at)}{s.actorName ? ` · ${s.actorName}` : ''}</Text>
                {s.reason && <Text size="sm">{s.reason}</Text>}
                {s.comments.length > 0 && <Text size="xs" c="dimmed">{t('historyComments', { n: s.comments.length })}</Text>}
              </Timeline.Item>
            );
          })}
        </Timeline>
      )}
    </Card>
  );
}
