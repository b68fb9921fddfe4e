import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditRow } from '../../api/audit.ts';
import { flatDiff, showValue } from '../../auditDiff.ts';

/** What one audit entry changed: key by key for flat records, else both sides as JSON. */
export function AuditDetail({ row }: { row: AuditRow }) {
  const { t } = useTranslation();
  if (row.before == null && row.after == null) return <Typography.Text type="secondary">{t('audit.noDetail')}</Typography.Text>;
  const diff = flatDiff(row.before, row.after);
  if (!diff) {
    return (
      <div className="ec-audit-sides" data-testid={`audit-json-${row.id}`}>
        {(['before', 'after'] as const).map((side) => (
          <div key={side}>
            <Typography.Text strong>{t(`audit.${side}`)}</Typography.Text>
            <pre className="ec-audit-json">{showValue(row[side] ?? undefined)}</pre>
          </div>
        ))}
      </div>
    );
  }
  return (
    <ul className="ec-audit-diff" data-testid={`audit-diff-${row.id}`}>
      {diff.map((d) => (
        <li key={d.key} className={d.changed || row.before == null ? undefined : 'ec-audit-same'}>
          <Typography.Text code>{d.key}</Typography.Text>{' '}
          {!d.changed || row.before == null
            ? showValue(d.after)
            : row.after == null
              ? showValue(d.before)
              : `${showValue(d.before)} → ${showValue(d.after)}`}
        </li>
      ))}
    </ul>
  );
}
