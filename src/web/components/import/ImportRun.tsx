import { Alert, Button, Card, Space } from 'antd';
import type { Form } from '../../../server/modules/forms/schema.ts';
import type { useXlsxUpload } from '../../hooks/useXlsxUpload.ts';
import { RowErrorsTable } from './RowErrorsTable.tsx';
import { UploadProgress } from './XlsxDropZone.tsx';

type Upload = ReturnType<typeof useXlsxUpload<unknown>>;

interface Props {
  upload: Pick<Upload, 'file' | 'busy' | 'progress' | 'outcome' | 'run'>;
  title: string;
  checkLabel: string;
  applyLabel: string;
  /** test ids are `${testPrefix}-check`, `-apply`, `-progress`, `-error`, `-errors` */
  testPrefix: string;
}

/** The last step of an import: check the file (nothing written), then apply it, with progress. */
export function ImportRunCard({ upload, title, checkLabel, applyLabel, testPrefix }: Props) {
  const { file, busy, progress, outcome, run } = upload;
  const checked = outcome?.kind === 'ok' && outcome.dryRun;
  return (
    <Card size="small" title={title}>
      <Space wrap>
        <Button onClick={() => void run(true)} disabled={!file || busy} data-testid={`${testPrefix}-check`}>
          {checkLabel}
        </Button>
        <Button type="primary" onClick={() => void run(false)} disabled={!file || busy || !checked} data-testid={`${testPrefix}-apply`}>
          {applyLabel}
        </Button>
      </Space>
      <UploadProgress percent={progress} testId={`${testPrefix}-progress`} />
    </Card>
  );
}

/** An import that failed: the reason, or every bad row with its errors (nothing was applied). */
export function ImportFailure({ upload, badRows, form, testPrefix }: { upload: Pick<Upload, 'outcome'>; badRows(n: number): string; form: Form | undefined; testPrefix: string }) {
  const { outcome } = upload;
  if (outcome?.kind === 'error') return <Alert type="error" showIcon title={outcome.message} data-testid={`${testPrefix}-error`} />;
  if (outcome?.kind !== 'rows') return null;
  return (
    <Card size="small">
      <Alert type="error" showIcon title={outcome.message} description={badRows(outcome.rows.length)} style={{ marginBottom: 12 }} />
      <RowErrorsTable rows={outcome.rows} form={form} testId={`${testPrefix}-errors`} />
    </Card>
  );
}
