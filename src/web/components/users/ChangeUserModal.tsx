import { App, Form, Input, Modal, Select, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User, UserChange } from '../../../server/modules/users/schema.ts';
import { errorMessage } from '../../api/client.ts';
import { changeUser } from '../../api/users.ts';
import { MIN_PASSWORD, ROLES } from '../../roles.ts';
import { showFieldErrors } from './fieldErrors.ts';

export type ChangeMode = 'role' | 'password' | 'email';

interface Props {
  /** the account being changed and what is changed; null when closed */
  target: { user: User; mode: ChangeMode } | null;
  onCancel(): void;
  onChanged(user: User, mode: ChangeMode): void;
}

/** Changes one account's role, or sets a new password for it. */
export function ChangeUserModal({ target, onCancel, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserChange>();
  const [busy, setBusy] = useState(false);
  const mode = target?.mode ?? 'role';
  const username = target?.user.username ?? '';

  const ok = async () => {
    if (!target) return;
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setBusy(true);
    try {
      // an emptied field removes the address
      const change = target.mode === 'email' ? { email: values.email ?? '' } : values;
      onChanged(await changeUser(target.user.id, change), target.mode);
    } catch (e) {
      if (!showFieldErrors(form, e, ['role', 'password', 'email'])) void message.error(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  const okButtonProps = { loading: busy, 'data-testid': 'user-change-submit' } as ButtonProps;
  return (
    <Modal
      open={target !== null}
      title={mode === 'email' ? t('notifications.email.changeTitle', { username }) : t(mode === 'role' ? 'users.changeRoleTitle' : 'users.resetPasswordTitle', { username })}
      okText={t('users.save')}
      okButtonProps={okButtonProps}
      onOk={() => void ok()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ role: target?.user.role, email: target?.user.email ?? '' }} onFinish={() => void ok()}>
        {mode === 'role' ? (
          <Form.Item name="role" label={t('users.role')} rules={[{ required: true, message: t('users.roleRequired') }]}>
            <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} data-testid="user-change-role" />
          </Form.Item>
        ) : mode === 'email' ? (
          <Form.Item
            name="email"
            label={t('notifications.email.label')}
            extra={t('notifications.email.hint')}
            rules={[{ type: 'email', message: t('notifications.email.invalid') }, { max: 254 }]}
          >
            <Input type="email" autoFocus autoComplete="off" maxLength={254} data-testid="user-change-email" />
          </Form.Item>
        ) : (
          <Form.Item
            name="password"
            label={t('users.newPassword')}
            rules={[{ required: true, min: MIN_PASSWORD, message: t('users.passwordMin', { n: MIN_PASSWORD }) }, { max: 200 }]}
          >
            <Input.Password autoFocus autoComplete="new-password" maxLength={200} data-testid="user-change-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
