import { Descriptions } from 'antd';
import type { ImportSummary } from '../../api/upload.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** The import reply has no fixed schema in the API contract: show whatever scalar figures it carries. */
export function ImportSummaryView({ summary }: { summary: ImportSummary }) {
  const f = useFormat();
  const entries = Object.entries(summary).flatMap(([k, v]): [string, string][] => {
    if (typeof v === 'number') return [[k, f.num(v)]];
    if (typeof v === 'string' || typeof v === 'boolean') return [[k, String(v)]];
    if (Array.isArray(v)) return [[k, f.num(v.length)]];
    return [];
  });
  if (!entries.length) return null;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      items={entries.map(([k, v]) => ({ key: k, label: k, children: v }))}
      data-testid="import-summary"
    />
  );
}
