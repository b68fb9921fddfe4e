import { Progress, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';

const XLSX_TYPES = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Picks one .xlsx file; anything else is refused with `onReject` before any upload. */
export function XlsxDropZone(props: {
  file: File | null;
  disabled: boolean;
  prompt: string;
  testId: string;
  onPick(file: File): void;
  onReject(message: string): void;
}) {
  const { t } = useTranslation();
  return (
    <Upload.Dragger
      accept={XLSX_TYPES}
      multiple={false}
      showUploadList={false}
      disabled={props.disabled}
      beforeUpload={(f) => {
        if (f.name.toLowerCase().endsWith('.xlsx')) props.onPick(f);
        else props.onReject(t('import.onlyXlsx'));
        return Upload.LIST_IGNORE;
      }}
      data-testid={props.testId}
    >
      <p style={{ margin: '12px 0' }}>{props.file ? <strong>{props.file.name}</strong> : props.prompt}</p>
    </Upload.Dragger>
  );
}

/** The upload's progress while a file is sent. */
export function UploadProgress({ percent, testId }: { percent: number | null; testId: string }) {
  const { t } = useTranslation();
  if (percent === null) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <Typography.Text type="secondary">{t('import.uploading')}</Typography.Text>
      <Progress percent={percent} status="active" data-testid={testId} />
    </div>
  );
}
