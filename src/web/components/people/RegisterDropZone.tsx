import { Upload } from 'antd';

const TYPES = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

/** Picks one .xlsx or .csv file; anything else is refused before any upload. */
export function RegisterDropZone(props: { file: File | null; disabled: boolean; prompt: string; refused: string; onPick(file: File): void; onReject(message: string): void }) {
  return (
    <Upload.Dragger
      accept={TYPES}
      multiple={false}
      showUploadList={false}
      disabled={props.disabled}
      beforeUpload={(f) => {
        if (/\.(xlsx|csv)$/i.test(f.name)) props.onPick(f);
        else props.onReject(props.refused);
        return Upload.LIST_IGNORE;
      }}
      data-testid="register-import-file"
    >
      <p style={{ margin: '12px 0' }}>{props.file ? <strong>{props.file.name}</strong> : props.prompt}</p>
    </Upload.Dragger>
  );
}
