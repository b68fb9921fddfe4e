import { App, Form, Input, Modal, Select, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewUser, User } from '../../../server/modules/users/schema.ts';
import { errorMessage } from '../../api/client.ts';
import { addUser } from '../../api/users.ts';
import { MIN_PASSWORD, ROLES } from '../../roles.ts';
import { showFieldErrors } from './fieldErrors.ts';
import { UnitSelect } from './UnitSelect.tsx';

const FIELDS = ['username', 'fullName', 'role', 'unitId', 'password', 'email'] as const;

interface Props {
  open: boolean;
  onCancel(): void;
  onCreated(user: User): void;
}

export function AddUserModal({ open, onCancel, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewUser>();
  const [busy, setBusy] = useState(false);

  const ok = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      const user = await addUser({ ...values, fullName: values.fullName.trim() });
      form.resetFields();
      onCreated(user);
    } catch (e) {
      if (!showFieldErrors(form, e, FIELDS)) void message.error(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  const okButtonProps = { loading: busy, 'data-testid': 'user-submit' } as ButtonProps;
  return (
    <Modal
      open={open}
      title={t('users.add')}
      okText={t('users.save')}
      okButtonProps={okButtonProps}
      onOk={() => void ok()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={() => void ok()}>
        <Form.Item
          name="username"
          label={t('users.username')}
          extra={t('users.usernameHint')}
          rules={[
            { required: true, message: t('users.usernameRequired') },
            { pattern: /^[a-z0-9._-]{3,50}$/, message: t('users.usernameHint') },
          ]}
        >
          <Input autoFocus autoComplete="off" maxLength={50} data-testid="user-username" />
        </Form.Item>
        <Form.Item name="fullName" label={t('users.fullName')} rules={[{ required: true, whitespace: true, message: t('users.fullNameRequired') }, { max: 200 }]}>
          <Input maxLength={200} data-testid="user-fullname" />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]}>
          <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} data-testid="user-role" />
        </Form.Item>
        <Form.Item name="unitId" label={t('users.unit')} rules={[{ required: true, message: t('users.unitRequired') }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('users.password')}
          rules={[{ required: true, min: MIN_PASSWORD, message: t('users.passwordMin', { n: MIN_PASSWORD }) }, { max: 200 }]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} data-testid="user-password" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('notifications.email.label')}
          extra={t('notifications.email.hint')}
          rules={[{ type: 'email', message: t('notifications.email.invalid') }, { max: 254 }]}
        >
          <Input type="email" autoComplete="off" maxLength={254} data-testid="user-email" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
