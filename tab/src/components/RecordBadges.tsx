/** Status and priority of a record, with their localized labels. */
import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { RecordPriority, RecordStatus } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';

const STATUS_COLOR: Record<RecordStatus, BadgeProps['color']> = {
  new: 'brand',
  active: 'informative',
  waiting: 'warning',
  resolved: 'success',
  closed: 'subtle',
};

const PRIORITY_COLOR: Record<RecordPriority, BadgeProps['color']> = {
  low: 'informative',
  normal: 'brand',
  high: 'warning',
  urgent: 'danger',
};

export function StatusBadge({ status }: { status: RecordStatus }) {
  const { t } = useI18n();
  return (
    <Badge appearance="tint" color={STATUS_COLOR[status]} data-status={status}>
      {t(`status.${status}`)}
    </Badge>
  );
}

export function PriorityBadge({ priority }: { priority: RecordPriority }) {
  const { t } = useI18n();
  return (
    <Badge appearance="outline" color={PRIORITY_COLOR[priority]} data-priority={priority}>
      {t(`priority.${priority}`)}
    </Badge>
  );
}
