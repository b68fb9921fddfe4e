import { Alert, Button, Card, DatePicker, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DAILY_FORM, fetchForm } from '../api/forms.ts';
import { templateUrl } from '../api/reports.ts';
import { uploadImport } from '../api/upload.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { XlsxDropZone } from '../components/import/XlsxDropZone.tsx';
import { ImportFailure, ImportRunCard } from '../components/import/ImportRun.tsx';
import { ImportSummaryView } from '../components/import/ImportSummaryView.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useXlsxUpload } from '../hooks/useXlsxUpload.ts';
import { today } from '../dates.ts';

export default function ImportPage() {
  const { t } = useTranslation();
  const user = useUser();
  const formDef = useAsync(() => fetchForm(DAILY_FORM), []);
  const [period, setPeriod] = useState(today());
  const upload = useXlsxUpload((file, dryRun, onProgress) => uploadImport(DAILY_FORM, file, dryRun, onProgress));
  const { file, busy, outcome } = upload;

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
        <ImportRunCard upload={upload} title={t('import.step3')} checkLabel={t('import.check')} applyLabel={t('import.apply')} testPrefix="import" />
        <ImportFailure upload={upload} badRows={(n) => t('import.badRows', { n })} form={formDef.data} testPrefix="import" />
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
