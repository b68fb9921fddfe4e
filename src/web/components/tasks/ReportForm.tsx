import { App, Button, Form, Input, Modal, Radio, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPT, MAX_BYTES, MAX_FILES, MAX_MB, typeForName } from '../../../domain/task-files.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { fileToAttachment, reportTask, type TaskDetail } from '../../api/tasks.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';

interface Values {
  kind: 'progress' | 'done';
  text: string;
}

/** Progress or completion, with a text and up to five files; the files are checked here first, then by the server. */
export function ReportForm({ taskId, onSaved }: { taskId: number; onSaved(d: TaskDetail): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  // one id per report being written: a retry after a lost reply does not report twice
  const [clientId, setClientId] = useState(() => crypto.randomUUID());

  const checkFiles = (list: UploadFile[]): string[] => {
    const errors: string[] = [];
    if (list.length > MAX_FILES) errors.push(t('tasks.report.tooMany', { max: MAX_FILES }));
    for (const f of list) {
      if (!typeForName(f.name)) errors.push(t('tasks.report.badType', { name: f.name }));
      else if ((f.size ?? 0) > MAX_BYTES) errors.push(t('tasks.report.tooBig', { name: f.name, mb: MAX_MB }));
    }
    return errors;
  };

  const send = async (v: Values) => {
    const errors = checkFiles(files);
    setFileErrors(errors);
    if (errors.length) return;
    setSaving(true);
    try {
      const attachments = await Promise.all(files.map((f) => fileToAttachment(f.originFileObj as File)));
      const detail = await reportTask(taskId, { clientId, kind: v.kind, text: v.text, attachments });
      void message.success(t('tasks.report.sent'));
      form.resetFields();
      setFiles([]);
      setClientId(crypto.randomUUID());
      onSaved(detail);
    } catch (e) {
      const shown = showFieldErrors(form, e, ['text']);
      const fileFields = e instanceof ApiError ? e.fields.filter((f) => f.field.startsWith('attachments')).map((f) => f.message) : [];
      if (fileFields.length) setFileErrors(fileFields);
      if (!shown && !fileFields.length) void message.error(errorMessage(e, t));
    } finally {
      setSaving(false);
    }
  };

  const submit = (v: Values) => {
    if (v.kind !== 'done') return void send(v);
    Modal.confirm({ title: t('tasks.report.confirmDone'), okText: t('tasks.report.send'), cancelText: t('tasks.common.cancel'), onOk: () => send(v) });
  };

  return (
    <Form form={form} layout="vertical" initialValues={{ kind: 'progress' }} onFinish={submit} data-testid="report-form">
      <Form.Item name="kind" label={t('tasks.report.kind')}>
        <Radio.Group
          options={[{ value: 'progress', label: t('tasks.report.progress') }, { value: 'done', label: t('tasks.report.done') }]}
          data-testid="report-kind"
        />
      </Form.Item>
      <Form.Item name="text" label={t('tasks.report.text')} rules={[{ required: true, whitespace: true, message: t('tasks.report.textRequired') }]}>
        <Input.TextArea rows={3} maxLength={10_000} data-testid="report-text" />
      </Form.Item>
      <Form.Item
        label={t('tasks.report.files')}
        extra={t('tasks.report.filesHelp', { max: MAX_FILES, mb: MAX_MB })}
        validateStatus={fileErrors.length ? 'error' : undefined}
        help={fileErrors.length ? fileErrors.join('; ') : undefined}
      >
        <Upload
          multiple
          accept={ACCEPT}
          fileList={files}
          beforeUpload={() => false}
          onChange={({ fileList }) => {
            setFiles(fileList);
            setFileErrors(checkFiles(fileList));
          }}
        >
          <Button>{t('tasks.report.pick')}</Button>
        </Upload>
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving} data-testid="report-send">{t('tasks.report.send')}</Button>
    </Form>
  );
}
