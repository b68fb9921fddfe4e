import { Form, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { LevelSelect } from './LevelSelect.tsx';
import { ConfirmMark } from './marks.tsx';

type Row = 'met' | 'notMet';

/** The 4×2 table: the level for each case group, with the vaccination criterion met and not. */
export function MatrixEditor() {
  const { t } = useTranslation();
  const columns: TableColumnsType<Row> = [
    {
      key: 'row',
      title: '',
      render: (_, row) => (
        <>
          <div>{t(row === 'met' ? 'levelRules.editor.matrixMet' : 'levelRules.editor.matrixNotMet')}</div>
          <ConfirmMark path={`matrix.${row}`} />
        </>
      ),
    },
    ...[0, 1, 2, 3].map((i) => ({
      key: `g${i}`,
      title: t('levelRules.editor.group', { n: i + 1 }),
      render: (_: unknown, row: Row) => (
        <Form.Item name={['definition', 'matrix', row, i]} style={{ marginBottom: 0 }}>
          <LevelSelect testId={`matrix-${row}-${i}`} />
        </Form.Item>
      ),
    })),
  ];
  return <Table<Row> size="small" rowKey={(r) => r} columns={columns} dataSource={['met', 'notMet']} pagination={false} scroll={{ x: 'max-content' }} data-testid="matrix" />;
}
