import { Button, Form, Input, Modal, Select, Space, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attendee, AttendeeRole } from '../../api/conferences.ts';

const ROLES: AttendeeRole[] = ['chair', 'presenter', 'attendee'];

interface Values {
  attendees: { fullName: string; title?: string; role: AttendeeRole }[];
}

/** The attendees of one site, edited as a list (name, title, role). */
export function AttendeesModal({ unitName, attendees, onCancel, onSave }: {
  unitName: string;
  attendees: Attendee[];
  onCancel(): void;
  onSave(list: Values['attendees']): Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const initial = attendees.length ? attendees.map(({ fullName, title, role }) => ({ fullName, title, role })) : [{ fullName: '', title: '', role: 'attendee' as const }];
  const submit = async (v: Values) => {
    setSaving(true);
    try {
      await onSave((v.attendees ?? []).filter((a) => a.fullName?.trim()));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open width={760} title={t('conferences.attendeesOf', { unit: unitName })} onCancel={onCancel} onOk={() => form.submit()} confirmLoading={saving}
      okButtonProps={{ 'data-testid': 'attendees-save' } as ButtonProps}>
      <Form<Values> form={form} initialValues={{ attendees: initial }} onFinish={(v) => void submit(v)}>
        <Form.List name="attendees">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'fullName']} rules={[{ whitespace: true, max: 200 }]}>
                    <Input placeholder={t('conferences.fullName')} style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} rules={[{ max: 300 }]}>
                    <Input placeholder={t('conferences.position')} style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'role']}>
                    <Select style={{ width: 120 }} options={ROLES.map((r) => ({ value: r, label: t(`conferences.roles.${r}`) }))} />
                  </Form.Item>
                  <Button onClick={() => remove(field.name)}>−</Button>
                </Space>
              ))}
              <Button onClick={() => add({ fullName: '', title: '', role: 'attendee' })}>{t('conferences.addAttendee')}</Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
