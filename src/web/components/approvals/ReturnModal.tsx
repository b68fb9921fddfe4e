import { Form, Input, Modal, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  unitName: string | null;
  onCancel(): void;
  /** resolves true when the report was returned */
  onSubmit(comment: string): Promise<boolean>;
}

export function ReturnModal({ unitName, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ comment: string }>();
  const [busy, setBusy] = useState(false);
  const ok = async () => {
    const comment = await form.validateFields().then(
      (v) => v.comment.trim(),
      () => null,
    );
    if (!comment) return;
    setBusy(true);
    if (await onSubmit(comment)) form.resetFields();
    setBusy(false);
  };
  const okButtonProps = { danger: true, loading: busy, 'data-testid': 'return-confirm' } as ButtonProps;
  return (
    <Modal
      open={unitName !== null}
      title={t('approvals.returnTitle', { unit: unitName ?? '' })}
      okText={t('approvals.return')}
      okButtonProps={okButtonProps}
      onOk={() => void ok()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="comment"
          label={t('approvals.comment')}
          rules={[{ required: true, whitespace: true, message: t('approvals.commentRequired') }, { max: 2000 }]}
        >
          <Input.TextArea autoFocus rows={4} maxLength={2000} showCount data-testid="return-comment" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
