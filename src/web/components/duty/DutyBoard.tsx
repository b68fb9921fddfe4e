import { Button, Card, Empty, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BoardRow } from '../../api/duty.ts';
import { hm } from './vnTime.ts';
import { PhoneLink } from './PhoneLink.tsx';

const ORDER = ['ancestor', 'self', 'sibling', 'child'] as const;
const COLORS = { ancestor: 'purple', self: 'blue', sibling: 'cyan', child: 'default' } as const;

/** "Who is on duty now" around a unit: one card per unit, grouped above / itself / beside / below. */
export function DutyBoard({ rows, onOpen }: { rows: BoardRow[]; onOpen(unitId: number): void }) {
  const { t } = useTranslation();
  if (!rows.length) return <Empty />;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      {ORDER.map((relation) => {
        const group = rows.filter((r) => r.relation === relation);
        if (!group.length) return null;
        return (
          <section key={relation} data-testid={`duty-board-${relation}`}>
            <Typography.Title level={5}>{t(`duty.relation.${relation}`)} ({group.length})</Typography.Title>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: 12 }}>
              {group.map((r) => (
                <Card
                  key={r.unit.id}
                  size="small"
                  data-testid={`duty-unit-${r.unit.id}`}
                  title={<span title={r.unit.fullName}>{r.unit.name}</span>}
                  extra={<Tag color={COLORS[relation]}>{t(`duty.relation.${relation}`)}</Tag>}
                  actions={[<Button key="open" type="link" size="small" onClick={() => onOpen(r.unit.id)}>{t('duty.board.openRoster')}</Button>]}
                >
                  {r.onDuty ? (
                    <div>
                      <Typography.Text strong>{r.onDuty.leaderName}</Typography.Text>
                      {r.onDuty.leaderTitle && <Typography.Text type="secondary">, {r.onDuty.leaderTitle}</Typography.Text>}
                      <div><PhoneLink phone={r.onDuty.phone} big /></div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('duty.board.until', { time: hm(r.onDuty.endsAt) })}</Typography.Text>
                    </div>
                  ) : (
                    <Typography.Text type="warning">{t('duty.board.nobody')}</Typography.Text>
                  )}
                  <div style={{ marginTop: 8 }}>
                    {r.hotlines.length ? (
                      r.hotlines.map((h, i) => (
                        <div key={i} style={{ fontSize: 13 }}>
                          <Typography.Text type="secondary">{h.label}: </Typography.Text><PhoneLink phone={h.phone} />
                        </div>
                      ))
                    ) : (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('duty.board.noHotline')}</Typography.Text>
                    )}
                  </div>
                </Card>
              ))}
            </div>
          </section>
        );
      })}
    </Space>
  );
}
