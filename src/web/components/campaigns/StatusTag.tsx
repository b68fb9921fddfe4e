import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitProgress } from '../../api/campaigns.ts';

const colors: Record<UnitProgress['status'], string> = { met: 'green', on_track: 'blue', behind: 'red', unknown: 'default' };

export function StatusTag({ status }: { status: UnitProgress['status'] }) {
  const { t } = useTranslation();
  return <Tag color={colors[status]}>{t(`campaigns.status.${status}`)}</Tag>;
}
