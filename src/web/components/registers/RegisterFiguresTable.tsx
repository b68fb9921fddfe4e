import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../server/modules/forms/schema.ts';
import type { FigureComparison } from '../../api/registers.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { findIndicator, indicatorName } from '../../indicators.ts';
import { DifferenceTag } from './DifferenceTag.tsx';

export function RegisterFiguresTable({ figures, form }: { figures: FigureComparison[]; form: Form | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: TableColumnsType<FigureComparison> = [
    {
      title: t('registers.indicator'),
      key: 'name',
      render: (_, r) => {
        const ind = findIndicator(form, r.code);
        return ind ? indicatorName(ind, f.lang) : r.code;
      },
    },
    { title: t('registers.register'), key: 'register', align: 'right', render: (_, r) => <span className="ec-num">{f.num(r.register)}</span> },
    {
      title: t('registers.reported'),
      key: 'reported',
      align: 'right',
      render: (_, r) =>
        r.reported === null ? <Typography.Text type="secondary">{t('registers.notReported')}</Typography.Text> : <span className="ec-num">{f.num(r.reported)}</span>,
    },
    { title: t('registers.difference'), key: 'difference', align: 'right', render: (_, r) => <DifferenceTag diff={r.difference} /> },
  ];
  return (
    <Table<FigureComparison>
      size="small"
      rowKey="code"
      columns={columns}
      dataSource={figures}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="register-figures"
      rowClassName={(r) => (r.difference ? 'ec-row-warn' : '')}
    />
  );
}
