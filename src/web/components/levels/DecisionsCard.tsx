import { App, Button, Card, Popconfirm, Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { removeDecision, type Decision } from '../../api/levels.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { LevelTag } from './LevelTag.tsx';
import { weekLabel } from './WeekPicker.tsx';

/** The decisions setting the unit's level, newest first, with delete for those who may decide. */
export function DecisionsCard({ items, canDecide, onChanged }: { items: Decision[]; canDecide: boolean; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const remove = async (d: Decision) => {
    try {
      await removeDecision(d.id);
      void message.success(t('levels.decisions.removed'));
      onChanged();
    } catch (e) {
      void message.error(errorMessage(e, t));
    }
  };
  const columns: TableColumnsType<Decision> = [
    {
      title: t('levels.decisions.weeks'),
      key: 'weeks',
      render: (_, d) => (d.weekFrom === d.weekTo ? weekLabel(d.weekFrom) : `${weekLabel(d.weekFrom)} … ${weekLabel(d.weekTo)}`),
    },
    { title: t('levels.decisions.level'), key: 'level', render: (_, d) => <LevelTag level={d.level} short /> },
    { title: t('levels.decisions.decisionNo'), key: 'no', render: (_, d) => d.decisionNo },
    { title: t('levels.decisions.decisionDate'), key: 'date', render: (_, d) => formatDate(d.decisionDate) },
    { title: t('levels.decisions.reason'), key: 'reason', render: (_, d) => d.reason },
    {
      title: t('levels.decisions.decidedBy'),
      key: 'by',
      render: (_, d) => (
        <>
          {d.decidedBy.fullName}
          <div className="ec-card-sub">{formatDateTime(d.createdAt)}</div>
        </>
      ),
    },
    ...(canDecide
      ? [
          {
            title: '',
            key: 'remove',
            render: (_: unknown, d: Decision) => (
              <Popconfirm title={t('levels.decisions.removeConfirm')} onConfirm={() => void remove(d)}>
                <Button size="small" danger data-testid={`decision-remove-${d.id}`}>
                  {t('levels.decisions.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card size="small" title={t('levels.decisions.title')} data-testid="level-decisions">
      <Table<Decision>
        size="small"
        columns={columns}
        dataSource={items}
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('levels.decisions.empty') }}
        onRow={(d) => ({ 'data-testid': `decision-${d.id}` }) as HTMLAttributes<HTMLElement>}
      />
    </Card>
  );
}
