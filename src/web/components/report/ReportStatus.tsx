import { Alert, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Report, ReportStatus as Status, Timeliness } from '../../../server/modules/reports/schema.ts';
import { useFormat } from '../../hooks/useFormat.ts';

const STATUS_COLORS: Record<Status, string> = { draft: 'default', submitted: 'processing', approved: 'success', returned: 'error' };
export const TIMELINESS_COLORS: Record<Timeliness, string> = { on_time: 'green', late: 'orange', missing: 'red', pending: 'default' };

export function ReportStatus({ report }: { report: Report }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap size={[12, 4]}>
        <Tag color={STATUS_COLORS[report.status]} data-testid="report-status" style={{ fontSize: 14, padding: '2px 10px' }}>
          {t(`status.${report.status}`)}
        </Tag>
        <Typography.Text data-testid="report-deadline">{t('report.deadline', { time: f.dateTime(report.deadline) })}</Typography.Text>
        <Tag color={TIMELINESS_COLORS[report.timeliness]} data-testid="report-timeliness">
          {t(`timeliness.${report.timeliness}`)}
        </Tag>
        {report.submittedAt && (
          <Typography.Text type="secondary">{t('report.submittedAt', { time: f.dateTime(report.submittedAt) })}</Typography.Text>
        )}
      </Space>
      {report.status === 'returned' && (
        <Alert
          type="warning"
          showIcon
          title={t('report.returnedComment')}
          description={report.reviewComment}
          data-testid="report-return-comment"
        />
      )}
      {report.status === 'approved' && <Alert type="success" showIcon title={t('report.approvedReadOnly')} />}
    </Space>
  );
}
