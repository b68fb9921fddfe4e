import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client.ts';
import { LineListGrid } from './LineListGrid.tsx';
import { emptyRow, isBlankRow, placeErrors, type CellErrors, type GridColumn, type GridRow } from './grid.ts';

interface Props<B> {
  columns: readonly GridColumn[];
  /** values every new row starts with */
  defaults?: Record<string, string>;
  /** the request row for a grid row */
  toBody(row: GridRow): B;
  /** sends all rows at once; resolves with how many were saved */
  submit(rows: B[]): Promise<number>;
  savedText(count: number): string;
  disabled?: boolean;
}

const START_ROWS = 5;

/** A line-listing grid with its save: every row sent at once, the server's row errors shown on their cells. */
export function LineListEditor<B>({ columns, defaults = {}, toBody, submit, savedText, disabled }: Props<B>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const newRow = () => emptyRow({ ...defaults, _cid: crypto.randomUUID(), _pid: crypto.randomUUID() });
  const [rows, setRows] = useState<GridRow[]>(() => Array.from({ length: START_ROWS }, newRow));
  const [errors, setErrors] = useState<CellErrors | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const filled = rows.map((r, i) => [r, i] as const).filter(([r]) => !isBlankRow(r, defaults));

  const save = async () => {
    if (!filled.length) return;
    setSaving(true);
    setFailure(null);
    setErrors(undefined);
    const sent = filled.map(([, i]) => i);
    try {
      const count = await submit(filled.map(([r]) => toBody(r)));
      void message.success(savedText(count));
      setRows(Array.from({ length: START_ROWS }, newRow));
    } catch (err) {
      if (err instanceof ApiError && (err.rows.length || err.fields.some((f) => f.field.startsWith('rows.')))) {
        setErrors(placeErrors(columns, sent, err.rows, err.fields));
      }
      setFailure(err);
    } finally {
      setSaving(false);
    }
  };

  const badRows = errors ? new Set([...errors.cells.keys(), ...errors.rows.keys()]).size : 0;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {failure != null && <Alert type="error" showIcon title={badRows ? t('contacts.grid.rowErrors', { count: badRows }) : errorMessage(failure, t)} />}
      <LineListGrid columns={columns} rows={rows} onChange={setRows} newRow={newRow} errors={errors} disabled={saving || disabled} />
      <Space wrap>
        <Button type="primary" loading={saving} disabled={!filled.length || disabled} onClick={() => void save()}>
          {saving ? t('contacts.grid.saving') : t('contacts.grid.save')}
        </Button>
        <span>{filled.length ? t('contacts.grid.rows', { count: filled.length }) : t('contacts.grid.empty')}</span>
      </Space>
    </Space>
  );
}
