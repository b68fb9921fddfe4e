import { Alert, Button, Card, List, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerTemplateUrl, uploadRegister, type ImportKind, type ImportReply } from '../api/registerExchange.ts';
import { ImportFailure, ImportRunCard } from '../components/import/ImportRun.tsx';
import { RegisterDropZone } from '../components/people/RegisterDropZone.tsx';
import { useXlsxUpload } from '../hooks/useXlsxUpload.ts';

const KINDS: ImportKind[] = ['people', 'tests', 'cases', 'contacts'];

export default function RegisterImportPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('people');
  const upload = useXlsxUpload<ImportReply>((file, dryRun, onProgress) => uploadRegister(kind, file, dryRun, onProgress));
  const { file, busy, outcome } = upload;
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
        <ImportRunCard upload={upload} title={t('people.import.step3')} checkLabel={t('people.import.check')} applyLabel={t('people.import.apply')} testPrefix="register-import" />
        <ImportFailure upload={upload} badRows={(n) => t('people.import.badRows', { n })} form={undefined} testPrefix="register-import" />
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
