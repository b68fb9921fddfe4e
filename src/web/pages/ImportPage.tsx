import { Alert, Button, Card, DatePicker, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DAILY_FORM, fetchForm } from '../api/forms.ts';
import { templateUrl } from '../api/reports.ts';
import { uploadImport } from '../api/upload.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { UploadProgress, XlsxDropZone } from '../components/import/XlsxDropZone.tsx';
import { ImportSummaryView } from '../components/import/ImportSummaryView.tsx';
import { RowErrorsTable } from '../components/import/RowErrorsTable.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useXlsxUpload } from '../hooks/useXlsxUpload.ts';
import { today } from '../dates.ts';

export default function ImportPage() {
  const { t } = useTranslation();
  const user = useUser();
  const formDef = useAsync(() => fetchForm(DAILY_FORM), []);
  const [period, setPeriod] = useState(today());
  const upload = useXlsxUpload((file, dryRun, onProgress) => uploadImport(DAILY_FORM, file, dryRun, onProgress));
  const { file, progress, outcome, busy, run } = upload;
  const checked = outcome?.kind === 'ok' && outcome.dryRun;

  return (
    <>
      <Typography.Title level={3} className="ec-page-title">
        {t('import.title')}
      </Typography.Title>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small" title={t('import.step1')}>
          <Typography.Paragraph type="secondary">{t('import.step1Hint', { unit: user.unit.fullName })}</Typography.Paragraph>
          <Space wrap>
            <DatePicker
              value={dayjs(period)}
              format="DD/MM/YYYY"
              allowClear={false}
              disabledDate={(d) => d.format('YYYY-MM-DD') > today()}
              onChange={(d) => d && setPeriod(d.format('YYYY-MM-DD'))}
            />
            <Button href={templateUrl(DAILY_FORM, user.unit.id, period)} download data-testid="import-template">
              {t('import.download')}
            </Button>
          </Space>
        </Card>
        <Card size="small" title={t('import.step2')}>
          <XlsxDropZone
            file={file}
            disabled={busy}
            prompt={t('import.drop')}
            testId="import-file"
            onPick={upload.pick}
            onReject={upload.reject}
          />
        </Card>
        <Card size="small" title={t('import.step3')}>
          <Space wrap>
            <Button onClick={() => void run(true)} disabled={!file || busy} data-testid="import-check">
              {t('import.check')}
            </Button>
            <Button type="primary" onClick={() => void run(false)} disabled={!file || busy || !checked} data-testid="import-apply">
              {t('import.apply')}
            </Button>
          </Space>
          <UploadProgress percent={progress} testId="import-progress" />
        </Card>
        {outcome?.kind === 'error' && <Alert type="error" showIcon title={outcome.message} data-testid="import-error" />}
        {outcome?.kind === 'rows' && (
          <Card size="small">
            <Alert
              type="error"
              showIcon
              title={outcome.message}
              description={t('import.badRows', { n: outcome.rows.length })}
              style={{ marginBottom: 12 }}
            />
            <RowErrorsTable rows={outcome.rows} form={formDef.data} />
          </Card>
        )}
        {outcome?.kind === 'ok' && (
          <Card size="small">
            <Alert
              type="success"
              showIcon
              title={outcome.dryRun ? t('import.dryRunOk') : t('import.applied')}
              style={{ marginBottom: 12 }}
              data-testid="import-ok"
            />
            <ImportSummaryView summary={outcome.reply} form={formDef.data} />
          </Card>
        )}
      </Space>
    </>
  );
}
