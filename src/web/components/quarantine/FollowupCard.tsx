import { PhoneOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { FollowupItem, Outcome } from '../../api/quarantine.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** Helper C's test entry, opened for the person (the due test is recorded there). */
export const recordTestPath = (personId: number) => `/tests?personId=${personId}`;

const BUTTONS: { outcome: Outcome; type: 'primary' | 'default'; danger?: boolean }[] = [
  { outcome: 'well', type: 'primary' },
  { outcome: 'symptoms', type: 'default', danger: true },
  { outcome: 'not_reached', type: 'default' },
];

interface Props {
  item: FollowupItem;
  busy: boolean;
  canWrite: boolean;
  onCheck(outcome: Outcome): void;
}

/** One person in quarantine, as the community team sees it on a phone: who, what is due, three big buttons. */
export function FollowupCard({ item, busy, canWrite, onCheck }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const p = item.person;
  const name = p.visible ? p.fullName : `${t('quarantine.common.hidden')} #${p.id}`;
  const done = item.todayCheck?.outcome;
  return (
    <Card size="small" className="ec-followup-card" data-testid={`followup-${item.quarantineId}`} style={{ borderLeft: `4px solid ${done ? '#52c41a' : '#faad14'}` }}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Text strong style={{ fontSize: 16 }}>{name}</Typography.Text>
          {p.birthYear && <Typography.Text type="secondary"> ({p.birthYear})</Typography.Text>}
          <div>
            <Typography.Text type="secondary">
              {item.degree !== null && `${t('quarantine.common.degree', { degree: item.degree })} · `}
              {t(`quarantine.place.${item.place}`)}
              {item.facilityName && ` – ${item.facilityName}`} · {item.unit.name}
            </Typography.Text>
          </div>
        </div>
        <Tag color="blue" style={{ fontSize: 14 }}>{t('quarantine.common.dayOf', { day: item.day, days: item.days })}</Tag>
      </Flex>
      {item.testDates.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 6 }} data-testid={`test-days-${item.quarantineId}`}>
          {t('quarantine.followup.testDays', { dates: item.testDates.map(f.date).join(', ') })}
        </Typography.Text>
      )}
      <Space wrap size={[4, 4]} style={{ margin: '8px 0' }}>
        {item.testDueToday && <Tag color="red">{t('quarantine.followup.testDue')}</Tag>}
        {item.testTakenToday && <Tag color="green">{t('quarantine.followup.testTaken')}</Tag>}
        {item.overdueTests.length > 0 && (
          <Tag color="volcano">{t('quarantine.followup.overdue', { dates: item.overdueTests.map(f.date).join(', ') })}</Tag>
        )}
        {item.endsToday && <Tag color="purple">{t('quarantine.followup.endsToday')}</Tag>}
      </Space>
      {(item.phone || item.address) && (
        <div style={{ marginBottom: 8 }}>
          {item.phone && <a href={`tel:${item.phone}`} style={{ marginRight: 12, fontSize: 16 }}><PhoneOutlined /> {item.phone}</a>}
          {item.address && <Typography.Text type="secondary">{item.address}</Typography.Text>}
        </div>
      )}
      {item.todayCheck ? (
        <Typography.Text type="success">{t('quarantine.followup.todayCheck', { outcome: t(`quarantine.outcome.${item.todayCheck.outcome}`) })}</Typography.Text>
      ) : (
        item.lastCheck && (
          <Typography.Text type="secondary">
            {t('quarantine.followup.lastCheck', { day: f.date(item.lastCheck.day), outcome: t(`quarantine.outcome.${item.lastCheck.outcome}`) })}
          </Typography.Text>
        )
      )}
      {canWrite && (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          {BUTTONS.map((b) => (
            <Button
              key={b.outcome}
              size="large"
              type={done === b.outcome ? 'primary' : b.type}
              danger={b.danger ?? false}
              ghost={done !== undefined && done !== b.outcome && b.type === 'primary'}
              loading={busy}
              onClick={() => onCheck(b.outcome)}
              style={{ flex: '1 1 30%', minWidth: 110 }}
              data-testid={`check-${b.outcome}-${item.quarantineId}`}
            >
              {t(`quarantine.outcome.${b.outcome}`)}
            </Button>
          ))}
          {(item.testDueToday || item.overdueTests.length > 0) && p.visible && (
            <Link to={recordTestPath(p.id)} style={{ flex: '1 1 100%' }}>
              <Button size="large" block>{t('quarantine.followup.recordTest')}</Button>
            </Link>
          )}
        </Flex>
      )}
    </Card>
  );
}
