// Status shown as a label with its own icon shape and colour: readable without colour, in either language.
import { Badge, type MantineColor } from '@mantine/core';
import type { ComponentType } from 'react';
import type { TaskStatus } from '../../../src/domain/task-status.ts';
import type { TargetStatusKind } from '../../../src/domain/target-status.ts';
import { useI18n } from '../i18n.tsx';
import {
  IconAlert, IconCheck, IconCheckCircle, IconCheckClock, IconDash, IconHourglass, IconPause, IconPlay, IconStar, IconTrendDown, IconTrendUp,
} from './icons.tsx';

type Look = { color: MantineColor; Icon: ComponentType<{ size?: number }> };

export const TASK_LOOK: Record<TaskStatus, Look> = {
  done_on_time: { color: 'teal', Icon: IconCheckCircle },
  done_late: { color: 'orange', Icon: IconCheckClock },
  done_no_deadline: { color: 'teal', Icon: IconCheck },
  in_progress: { color: 'blue', Icon: IconPlay },
  due_soon: { color: 'yellow', Icon: IconHourglass },
  in_progress_overdue: { color: 'red', Icon: IconAlert },
  paused: { color: 'gray', Icon: IconPause },
};

export const TARGET_LOOK: Record<TargetStatusKind, Look> = {
  achieved: { color: 'teal', Icon: IconStar },
  on_track: { color: 'blue', Icon: IconTrendUp },
  at_risk: { color: 'orange', Icon: IconAlert },
  off_track: { color: 'red', Icon: IconTrendDown },
  no_data: { color: 'gray', Icon: IconDash },
};

export function TaskStatusBadge({ status, size = 'md' }: { status: TaskStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { taskStatus } = useI18n();
  const { color, Icon } = TASK_LOOK[status];
  return (
    <Badge color={color} variant="light" size={size} leftSection={<Icon size={14} />} tt="none" radius="sm" data-status={status}
      styles={{ root: { whiteSpace: 'normal', height: 'auto', minHeight: 22, paddingBlock: 2 }, label: { overflow: 'visible' } }}>
      {taskStatus(status)}
    </Badge>
  );
}

export function TargetStatusBadge({ status, label, size = 'md' }: { status: TargetStatusKind; label?: string; size?: 'sm' | 'md' | 'lg' }) {
  const { targetStatus, lang } = useI18n();
  const { color, Icon } = TARGET_LOOK[status];
  // The server's label can be more precise ("Không đạt" once the period is over); in English, ours.
  const text = lang === 'vi' && label ? label : targetStatus(status);
  return (
    <Badge color={color} variant="light" size={size} leftSection={<Icon size={14} />} tt="none" radius="sm" data-status={status}
      styles={{ root: { whiteSpace: 'normal', height: 'auto', minHeight: 22, paddingBlock: 2 }, label: { overflow: 'visible' } }}>
      {text}
    </Badge>
  );
}
