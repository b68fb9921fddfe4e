import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Balance } from '../../api/stock.ts';
import { useFormat } from '../../hooks/useFormat.ts';

const colors = { ok: 'green', soon: 'orange', expired: 'red' } as const;

/** A lot's expiry date coloured by how close it is. */
export function ExpiryTag({ date, state }: { date: string; state: Balance['expiry'] }) {
  const { t } = useTranslation();
  const f = useFormat();
  return <Tag color={colors[state]} title={t(`stock.expiry.${state}`)}>{f.date(date)}</Tag>;
}
