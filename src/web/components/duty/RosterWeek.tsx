import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Shift } from '../../api/duty.ts';
import { addDays, daysBetween } from '../../dates.ts';
import { formatDate } from '../../format.ts';
import { dayStart, dm, hm } from './vnTime.ts';
import { PhoneLink } from './PhoneLink.tsx';

interface Props {
  from: string;
  to: string;
  shifts: Shift[];
  onEdit?: ((s: Shift) => void) | undefined;
  onDelete?: ((s: Shift) => void) | undefined;
}

const WEEKDAYS = { vi: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'], en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] };

/** The roster day by day; a shift across midnight shows on each day it covers, with the other day's date. */
export function RosterWeek({ from, to, shifts, onEdit, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const names = i18n.language === 'en' ? WEEKDAYS.en : WEEKDAYS.vi;
  const days = Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))', gap: 8 }}>
      {days.map((day) => {
        const start = dayStart(day);
        const end = dayStart(addDays(day, 1));
        const list = shifts.filter((s) => new Date(s.startsAt) < end && new Date(s.endsAt) > start);
        const weekday = names[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7];
        return (
          <Card key={day} size="small" title={`${weekday} ${formatDate(day).slice(0, 5)}`} data-testid={`duty-day-${day}`}>
            {list.length === 0 && <Typography.Text type="secondary">{t('duty.roster.noShift')}</Typography.Text>}
            <Space orientation="vertical" size={8} style={{ width: '100%' }}>
              {list.map((s) => {
                const startsBefore = new Date(s.startsAt) < start;
                const endsAfter = new Date(s.endsAt) > end;
                return (
                  <div key={s.id} style={{ borderLeft: '3px solid #1677ff', paddingLeft: 8 }}>
                    <Typography.Text strong>
                      {hm(s.startsAt)}{startsBefore ? ` (${dm(s.startsAt)})` : ''} – {hm(s.endsAt)}{endsAfter ? ` (${dm(s.endsAt)})` : ''}
                    </Typography.Text>
                    <div>{s.leaderName}</div>
                    {s.leaderTitle && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.leaderTitle}</Typography.Text>}
                    <div><PhoneLink phone={s.phone} /></div>
                    {(onEdit || onDelete) && (
                      <Space size={0}>
                        {onEdit && <Button type="link" size="small" icon={<EditOutlined />} onClick={() => onEdit(s)} aria-label={t('duty.common.edit')} />}
                        {onDelete && (
                          <Popconfirm title={t('duty.roster.deleteConfirm')} okText={t('duty.common.yes')} cancelText={t('duty.common.no')} onConfirm={() => onDelete(s)}>
                            <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('duty.common.delete')} />
                          </Popconfirm>
                        )}
                      </Space>
                    )}
                  </div>
                );
              })}
            </Space>
          </Card>
        );
      })}
    </div>
  );
}
