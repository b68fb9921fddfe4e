import { Button, Space, Typography } from 'antd';
import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emptyRow, parseClipboard, pasteBlock, type CellErrors, type GridColumn, type GridRow } from './grid.ts';

interface Props {
  columns: readonly GridColumn[];
  rows: readonly GridRow[];
  onChange(rows: GridRow[]): void;
  /** a new blank row (with the page's defaults) */
  newRow?: () => GridRow;
  errors?: CellErrors;
  disabled?: boolean;
}

const cellStyle = { padding: 2, verticalAlign: 'top', borderBottom: '1px solid #f0f0f0' } as const;
const inputStyle = (bad: boolean) =>
  ({
    width: '100%',
    minWidth: 0,
    height: 30,
    padding: '2px 6px',
    border: `1px solid ${bad ? '#ff4d4f' : '#d9d9d9'}`,
    borderRadius: 4,
    background: bad ? '#fff2f0' : '#fff',
    font: 'inherit',
  }) as const;

/**
 * A spreadsheet-like entry grid: many rows at once, Tab / Enter / arrows move between cells,
 * a block pasted from Excel fills the cells from the one pasted into, and the server's row
 * errors show on their cells.
 */
export function LineListGrid({ columns, rows, onChange, newRow = () => emptyRow(), errors, disabled }: Props) {
  const { t } = useTranslation();
  const cells = useRef(new Map<string, HTMLInputElement | HTMLSelectElement>());
  const focus = (row: number, col: number) => setTimeout(() => cells.current.get(`${row}:${col}`)?.focus(), 0);

  const set = (row: number, key: string, value: string) => onChange(rows.map((r, i) => (i === row ? { ...r, [key]: value } : r)));

  const onKey = (e: KeyboardEvent, row: number, col: number, isSelect: boolean) => {
    const down = e.key === 'Enter' ? !e.shiftKey : e.key === 'ArrowDown' && !isSelect ? true : null;
    const up = (e.key === 'Enter' && e.shiftKey) || (e.key === 'ArrowUp' && !isSelect);
    if (down) {
      e.preventDefault();
      if (row + 1 >= rows.length) onChange([...rows, newRow()]);
      focus(row + 1, col);
    } else if (up && row > 0) {
      e.preventDefault();
      focus(row - 1, col);
    }
  };

  const onPaste = (e: ClipboardEvent, row: number, col: number) => {
    const text = e.clipboardData.getData('text/plain');
    // a single value into a text cell: the input takes it as typed; dates, ticks and choices are read like a block
    if (!/[\t\n]/.test(text) && (columns[col]?.kind ?? 'text') === 'text') return;
    e.preventDefault();
    onChange(pasteBlock(rows, columns, { row, col }, parseClipboard(text), newRow));
  };

  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('contacts.grid.hint')}</Typography.Text>
      <div style={{ overflowX: 'auto', WebkitOverflowScrolling: 'touch' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%', minWidth: columns.reduce((s, c) => s + (c.width ?? 140), 80) }}>
          <thead>
            <tr>
              <th style={{ ...cellStyle, width: 40 }}>#</th>
              {columns.map((c) => (
                <th key={c.key} style={{ ...cellStyle, width: c.width ?? 140, textAlign: 'left', fontWeight: 600, fontSize: 13 }}>
                  {c.title}
                </th>
              ))}
              <th style={{ ...cellStyle, width: 40 }} />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, ri) => {
              const rowCells = errors?.cells.get(ri);
              const rowMessages = errors?.rows.get(ri);
              return (
                <tr key={r._key}>
                  <td style={{ ...cellStyle, textAlign: 'right', color: rowCells || rowMessages ? '#cf1322' : '#8c8c8c' }} title={rowMessages?.join('\n')}>
                    {ri + 1}
                  </td>
                  {columns.map((c, ci) => {
                    const bad = rowCells?.get(c.key);
                    const ref = (el: HTMLInputElement | HTMLSelectElement | null) => {
                      if (el) cells.current.set(`${ri}:${ci}`, el);
                      else cells.current.delete(`${ri}:${ci}`);
                    };
                    const common = {
                      ref,
                      disabled,
                      'aria-label': `${c.title} ${ri + 1}`,
                      'aria-invalid': bad ? true : undefined,
                      title: bad?.join('\n'),
                      onPaste: (e: ClipboardEvent) => onPaste(e, ri, ci),
                    };
                    const value = r[c.key] ?? '';
                    return (
                      <td key={c.key} style={cellStyle}>
                        {c.kind === 'select' ? (
                          <select {...common} value={value} style={inputStyle(!!bad)} onChange={(e) => set(ri, c.key, e.target.value)} onKeyDown={(e) => onKey(e, ri, ci, true)}>
                            <option value="" />
                            {c.options?.map((o) => (
                              <option key={o.value} value={o.value}>
                                {o.label}
                              </option>
                            ))}
                          </select>
                        ) : c.kind === 'check' ? (
                          <input
                            {...common}
                            type="checkbox"
                            checked={value === 'true'}
                            style={{ width: 18, height: 18, margin: 6, outline: bad ? '2px solid #ff4d4f' : undefined }}
                            onChange={(e) => set(ri, c.key, e.target.checked ? 'true' : '')}
                            onKeyDown={(e) => onKey(e, ri, ci, false)}
                          />
                        ) : (
                          <input
                            {...common}
                            type={c.kind === 'date' ? 'date' : c.kind === 'datetime' ? 'datetime-local' : 'text'}
                            value={value}
                            style={inputStyle(!!bad)}
                            onChange={(e) => set(ri, c.key, e.target.value)}
                            onKeyDown={(e) => onKey(e, ri, ci, false)}
                          />
                        )}
                        {bad && <div style={{ color: '#cf1322', fontSize: 12, lineHeight: 1.3 }}>{bad.join('; ')}</div>}
                      </td>
                    );
                  })}
                  <td style={cellStyle}>
                    <Button
                      size="small"
                      type="text"
                      aria-label={`${t('contacts.grid.removeRow')} ${ri + 1}`}
                      disabled={disabled}
                      onClick={() => onChange(rows.length > 1 ? rows.filter((_, i) => i !== ri) : [newRow()])}
                    >
                      ×
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {errors && errors.rows.size > 0 && (
        <ul style={{ color: '#cf1322', margin: 0 }}>
          {[...errors.rows.entries()].map(([ri, msgs]) => (
            <li key={ri}>
              {t('contacts.grid.rowNo')} {ri + 1}: {msgs.join('; ')}
            </li>
          ))}
        </ul>
      )}
      <Space wrap>
        <Button disabled={disabled} onClick={() => onChange([...rows, newRow()])}>
          {t('contacts.grid.addRow')}
        </Button>
        <Button disabled={disabled} onClick={() => onChange([...rows, ...Array.from({ length: 10 }, newRow)])}>
          {t('contacts.grid.addRows')}
        </Button>
        <Button danger disabled={disabled} onClick={() => onChange([newRow()])}>
          {t('contacts.grid.clear')}
        </Button>
      </Space>
    </Space>
  );
}
