import { Alert, Button, Card, Result, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { populationTemplateUrl } from '../api/units.ts';
import { uploadPopulation } from '../api/upload.ts';
import { useUser } from '../auth/AuthContext.tsx';
import { UploadProgress, XlsxDropZone } from '../components/import/XlsxDropZone.tsx';
import { RowErrorsTable } from '../components/import/RowErrorsTable.tsx';
import { useFormat } from '../hooks/useFormat.ts';
import { useXlsxUpload } from '../hooks/useXlsxUpload.ts';
import { levelPluralKey, populationLevels } from '../levels.ts';

/** Population by age group from Excel, for administrators: official figures replace the demo ones. */
export default function PopulationPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const user = useUser();
  const levels = populationLevels(user.unit.level);
  const [level, setLevel] = useState(levels[0]!);
  const upload = useXlsxUpload((file, _dryRun, onProgress) => uploadPopulation(file, onProgress));
  const { file, progress, outcome, busy, run } = upload;

  if (user.role !== 'admin') return <Result status="403" title="403" subTitle={t('population.adminOnly')} />;

  return (
    <>
      <Typography.Title level={3} className="ec-page-title">
        {t('population.title')}
      </Typography.Title>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Alert type="info" showIcon title={t('population.demoNote')} data-testid="population-demo-note" />
        <Card size="small" title={t('population.step1')}>
          <Typography.Paragraph type="secondary">
            {t('population.step1Hint', { level: t(levelPluralKey(level)), unit: user.unit.fullName })}
          </Typography.Paragraph>
          <Space wrap>
            <span>{t('population.level')}:</span>
            <Select<number>
              style={{ minWidth: 160 }}
              value={level}
              onChange={(v) => setLevel(v)}
              options={levels.map((l) => ({ value: l, label: t(levelPluralKey(l)) }))}
              data-testid="population-level"
            />
            <Button href={populationTemplateUrl(user.unit.id, level)} download data-testid="population-template">
              {t('population.download')}
            </Button>
          </Space>
        </Card>
        <Card size="small" title={t('population.step2')}>
          <Typography.Paragraph type="secondary">{t('population.step2Hint')}</Typography.Paragraph>
          <XlsxDropZone
            file={file}
            disabled={busy}
            prompt={t('population.drop')}
            testId="population-upload"
            onPick={upload.pick}
            onReject={upload.reject}
          />
        </Card>
        <Card size="small" title={t('population.step3')}>
          <Button type="primary" onClick={() => void run()} disabled={!file || busy} data-testid="population-import">
            {t('population.import')}
          </Button>
          <UploadProgress percent={progress} testId="population-progress" />
        </Card>
        {outcome?.kind === 'error' && <Alert type="error" showIcon title={outcome.message} data-testid="population-error" />}
        {outcome?.kind === 'rows' && (
          <Card size="small">
            <Alert
              type="error"
              showIcon
              title={outcome.message}
              description={t('import.badRows', { n: outcome.rows.length })}
              style={{ marginBottom: 12 }}
            />
            <RowErrorsTable rows={outcome.rows} form={undefined} testId="population-errors" />
          </Card>
        )}
        {outcome?.kind === 'ok' && (
          <Alert
            type="success"
            showIcon
            title={t('population.imported', { n: f.num(outcome.reply.imported) })}
            data-testid="population-result"
          />
        )}
      </Space>
    </>
  );
}
