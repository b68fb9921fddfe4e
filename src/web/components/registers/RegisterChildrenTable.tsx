import { Button, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../server/modules/forms/schema.ts';
import type { RegisterFigures } from '../../api/registers.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { findIndicator, indicatorName } from '../../indicators.ts';
import { DifferenceTag } from './DifferenceTag.tsx';

type Child = RegisterFigures['children'][number];

/** The figures a command centre compares most, one column each. */
const KEY_CODES = ['f0_community', 'f0_quarantined', 'f1_traced', 'f2_traced', 'hq_current', 'cq_current', 'pcr_persons'];

export function RegisterChildrenTable({ items, form, onOpen }: { items: Child[]; form: Form | undefined; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const columns: TableColumnsType<Child> = [
    {
      title: t('registers.unit'),
      key: 'unit',
      fixed: 'left',
      render: (_, c) => (
        <Button type="link" size="small" onClick={() => onOpen(c.unit.id)} style={{ padding: 0 }}>
          {c.unit.name}
        </Button>
      ),
    },
    { title: t('registers.keeps'), key: 'keeps', render: (_, c) => (c.keepsRegisters ? <Tag color="green">✓</Tag> : null) },
    ...KEY_CODES.map((code) => ({
      title: (() => {
        const ind = findIndicator(form, code);
        return ind ? indicatorName(ind, f.lang) : code;
      })(),
      key: code,
      align: 'right' as const,
      render: (_: unknown, c: Child) => {
        const fig = c.figures.find((x) => x.code === code);
        return fig ? (
          <>
            <span className="ec-num">{f.num(fig.register)}</span> <DifferenceTag diff={fig.difference} />
          </>
        ) : null;
      },
    })),
  ];
  return (
    <Table<Child>
      size="small"
      rowKey={(c) => c.unit.id}
      columns={columns}
      dataSource={items}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      data-testid="register-children"
    />
  );
}
