import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConferenceSummary, RollCallStatus } from '../../api/conferences.ts';

const STATUS_COLOR = { scheduled: 'blue', open: 'green', closed: 'default' } as const;
export const ROLL_CALL_COLOR = { pending: 'default', connected: 'green', late: 'orange', absent: 'red' } as const;

export function ConferenceStatusTag({ status }: { status: ConferenceSummary['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]} data-testid="conference-status">{t(`conferences.status.${status}`)}</Tag>;
}

export function RollCallTag({ status }: { status: RollCallStatus }) {
  const { t } = useTranslation();
  return <Tag color={ROLL_CALL_COLOR[status]}>{t(`conferences.rollCall.${status}`)}</Tag>;
}
