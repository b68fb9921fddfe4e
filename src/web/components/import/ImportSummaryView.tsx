import { Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Form } from '../../../server/modules/forms/schema.ts';
import type { RowError } from '../../api/client.ts';
import type { ImportSummary } from '../../api/upload.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { RowErrorsTable } from './RowErrorsTable.tsx';

function byRow(warnings: ImportSummary['warnings']): RowError[] {
  const rows = new Map<number, RowError>();
  for (const w of warnings) {
    const r = rows.get(w.row) ?? { row: w.row, errors: [] };
    r.errors.push({ field: w.field, message: w.message });
    rows.set(w.row, r);
  }
  return [...rows.values()];
}

export function ImportSummaryView({ summary, form }: { summary: ImportSummary; form: Form | undefined }) {
  const { t } = useTranslation();
  const f = useFormat();
  const warnings = summary.warnings ?? [];
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, md: 4 }}
        data-testid="import-summary"
        items={[
          { key: 'rows', label: t('import.sumRows'), children: f.num(summary.rows) },
          { key: 'created', label: t('import.sumCreated'), children: f.num(summary.created) },
          { key: 'updated', label: t('import.sumUpdated'), children: f.num(summary.updated) },
          { key: 'unchanged', label: t('import.sumUnchanged'), children: f.num(summary.unchanged) },
        ]}
      />
      {warnings.length > 0 && (
        <>
          <Typography.Title level={5} type="warning" style={{ marginTop: 16 }}>
            {t('import.warnings', { n: warnings.length })}
          </Typography.Title>
          <RowErrorsTable rows={byRow(warnings)} form={form} testId="import-warnings" />
        </>
      )}
    </>
  );
}
