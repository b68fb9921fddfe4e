import { Alert, Button, Card, List, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerTemplateUrl, uploadRegister, type ImportKind, type ImportReply } from '../api/registerExchange.ts';
import { UploadProgress } from '../components/import/XlsxDropZone.tsx';
import { RowErrorsTable } from '../components/import/RowErrorsTable.tsx';
import { RegisterDropZone } from '../components/people/RegisterDropZone.tsx';
import { useXlsxUpload } from '../hooks/useXlsxUpload.ts';

const KINDS: ImportKind[] = ['people', 'tests', 'cases', 'contacts'];

export default function RegisterImportPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('people');
  const upload = useXlsxUpload<ImportReply>((file, dryRun, onProgress) => uploadRegister(kind, file, dryRun, onProgress));
  const { file, progress, outcome, busy, run } = upload;
  const checked = outcome?.kind === 'ok' && outcome.dryRun;
  const counts = (r: ImportReply) => ({ rows: r.rows, created: r.created, people: r.peopleCreated, skipped: r.skipped });

  return (
    <>
      <Typography.Title level={3} className="ec-page-title">{t('people.import.title')}</Typography.Title>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Card size="small" title={t('people.import.step1')}>
          <Typography.Paragraph type="secondary">{t('people.import.step1Hint')}</Typography.Paragraph>
          <Space wrap>
            <Segmented<ImportKind>
              value={kind}
              onChange={(k) => {
                setKind(k);
                // a check done for another kind no longer holds
                if (file) upload.pick(file);
              }}
              options={KINDS.map((k) => ({ value: k, label: t(`people.import.kind.${k}`) }))}
              data-testid="register-import-kind"
            />
            <Button href={registerTemplateUrl(kind)} download data-testid="register-import-template">{t('people.import.download')}</Button>
          </Space>
        </Card>
        <Card size="small" title={t('people.import.step2')}>
          <RegisterDropZone file={file} disabled={busy} prompt={t('people.import.drop')} refused={t('people.import.onlyFiles')} onPick={upload.pick} onReject={upload.reject} />
        </Card>
        <Card size="small" title={t('people.import.step3')}>
          <Space wrap>
            <Button onClick={() => void run(true)} disabled={!file || busy} data-testid="register-import-check">{t('people.import.check')}</Button>
            <Button type="primary" onClick={() => void run(false)} disabled={!file || busy || !checked} data-testid="register-import-apply">
              {t('people.import.apply')}
            </Button>
          </Space>
          <UploadProgress percent={progress} testId="register-import-progress" />
        </Card>
        {outcome?.kind === 'error' && <Alert type="error" showIcon title={outcome.message} data-testid="register-import-error" />}
        {outcome?.kind === 'rows' && (
          <Card size="small">
            <Alert type="error" showIcon title={outcome.message} description={t('people.import.badRows', { n: outcome.rows.length })} style={{ marginBottom: 12 }} />
            <RowErrorsTable rows={outcome.rows} form={undefined} testId="register-import-errors" />
          </Card>
        )}
        {outcome?.kind === 'ok' && (
          <Card size="small">
            <Alert
              type="success"
              showIcon
              title={t(outcome.dryRun ? 'people.import.checked' : 'people.import.applied', counts(outcome.reply))}
              data-testid="register-import-ok"
            />
            {outcome.reply.warnings.length > 0 && (
              <List
                size="small"
                header={t('people.import.warnings')}
                dataSource={outcome.reply.warnings}
                renderItem={(w) => <List.Item>{`${w.row}: ${w.message}`}</List.Item>}
                style={{ marginTop: 12 }}
              />
            )}
          </Card>
        )}
      </Space>
    </>
  );
}
