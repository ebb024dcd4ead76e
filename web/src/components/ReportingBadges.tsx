// The status of a unit's report and its timeliness, as words with their own icon shape (never colour
// alone); Vietnamese from the domain's labels, English here.
import { Badge, type MantineColor } from '@mantine/core';
import type { ComponentType } from 'react';
import { SUBMISSION_STATUS_LABELS, TIMELINESS_LABELS, type SubmissionStatus, type Timeliness } from '../../../src/domain/reporting.ts';
import { useI18n } from '../i18n.tsx';
import { IconAlert, IconCheckCircle, IconCheckClock, IconDash, IconEdit, IconHourglass, IconReturn, IconSend } from './icons.tsx';

type Look = { color: MantineColor; Icon: ComponentType<{ size?: number }> };

const SUBMISSION_LOOK: Record<SubmissionStatus | 'none', Look> = {
  none: { color: 'gray', Icon: IconDash },
  draft: { color: 'gray', Icon: IconEdit },
  submitted: { color: 'blue', Icon: IconSend },
  accepted: { color: 'teal', Icon: IconCheckCircle },
  returned: { color: 'orange', Icon: IconReturn },
};
const SUBMISSION_EN: Record<SubmissionStatus | 'none', string> = {
  none: 'Not started', draft: 'Being drafted', submitted: 'Sent, awaiting acceptance', accepted: 'Accepted', returned: 'Returned, to be sent again',
};

const TIMELINESS_LOOK: Record<Timeliness, Look> = {
  on_time: { color: 'teal', Icon: IconCheckCircle },
  late: { color: 'orange', Icon: IconCheckClock },
  missing: { color: 'red', Icon: IconAlert },
  pending: { color: 'gray', Icon: IconHourglass },
};
const TIMELINESS_EN: Record<Timeliness, string> = { on_time: 'On time', late: 'Late', missing: 'Not sent (overdue)', pending: 'Not sent (not yet due)' };

const badgeStyles = { root: { whiteSpace: 'normal' as const, height: 'auto', minHeight: 22, paddingBlock: 2 }, label: { overflow: 'visible' as const } };

export function submissionWord(status: SubmissionStatus | null, lang: 'vi' | 'en'): string {
  if (lang === 'en') return SUBMISSION_EN[status ?? 'none'];
  return status ? SUBMISSION_STATUS_LABELS[status] : 'Chưa lập báo cáo';
}

export function SubmissionBadge({ status, size = 'md' }: { status: SubmissionStatus | null; size?: 'sm' | 'md' | 'lg' }) {
  const { lang } = useI18n();
  const { color, Icon } = SUBMISSION_LOOK[status ?? 'none'];
  return (
    <Badge color={color} variant="light" size={size} leftSection={<Icon size={14} />} tt="none" radius="sm" data-submission={status ?? 'none'} styles={badgeStyles}>
      {submissionWord(status, lang)}
    </Badge>
  );
}

export function TimelinessBadge({ value, size = 'md' }: { value: Timeliness; size?: 'sm' | 'md' | 'lg' }) {
  const { lang } = useI18n();
  const { color, Icon } = TIMELINESS_LOOK[value];
  return (
    <Badge color={color} variant="outline" size={size} leftSection={<Icon size={14} />} tt="none" radius="sm" data-timeliness={value} styles={badgeStyles}>
      {lang === 'en' ? TIMELINESS_EN[value] : TIMELINESS_LABELS[value]}
    </Badge>
  );
}
