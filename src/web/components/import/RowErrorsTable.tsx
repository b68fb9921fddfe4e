import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../server/modules/forms/schema.ts';
import type { RowError } from '../../api/client.ts';
import { useLang } from '../../hooks/useFormat.ts';
import { findIndicator, indicatorName } from '../../indicators.ts';

interface Line {
  key: string;
  row: number;
  field: string;
  message: string;
}

export function RowErrorsTable({ rows, form, testId = 'import-errors' }: { rows: RowError[]; form: Form | undefined; testId?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const lines: Line[] = rows.flatMap((r) =>
    r.errors.map((e, i) => ({ key: `${r.row}-${i}`, row: r.row, field: e.field, message: e.message })),
  );
  const fieldName = (field: string) => {
    const ind = findIndicator(form, field);
    return ind ? indicatorName(ind, lang) : field;
  };
  const columns: TableColumnsType<Line> = [
    { title: t('import.colRow'), dataIndex: 'row', key: 'row', width: 80, onCell: (l, i) => ({ rowSpan: sameAsAbove(lines, i) ? 0 : runLength(lines, i) }) },
    { title: t('import.colField'), key: 'field', render: (_, l) => fieldName(l.field) },
    { title: t('import.colMessage'), dataIndex: 'message', key: 'message' },
  ];
  return (
    <Table<Line>
      size="small"
      bordered
      columns={columns}
      dataSource={lines}
      pagination={lines.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      scroll={{ x: 'max-content' }}
      data-testid={testId}
    />
  );
}

function sameAsAbove(lines: Line[], i: number | undefined): boolean {
  if (i === undefined || i === 0) return false;
  return lines[i - 1]?.row === lines[i]?.row;
}

function runLength(lines: Line[], i: number | undefined): number {
  if (i === undefined) return 1;
  let n = 1;
  while (lines[i + n]?.row === lines[i]?.row) n++;
  return n;
}
