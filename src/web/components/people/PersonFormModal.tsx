import { App, DatePicker, Form, Input, Modal, Select, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import type { Person } from '../../api/people.ts';
import { today } from '../../dates.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';
import { UnitSelect } from '../users/UnitSelect.tsx';

export interface PersonValues {
  nationalId: string | null;
  fullName: string;
  birthDate: string | null;
  sex: 'male' | 'female' | 'other' | null;
  phone: string | null;
  unitId: number;
  address: string | null;
  workplace: string | null;
}

const FIELDS = ['nationalId', 'fullName', 'birthDate', 'sex', 'phone', 'unitId', 'address', 'workplace'] as const;
type FormValues = Omit<PersonValues, 'birthDate'> & { birthDate: Dayjs | null };

interface Props {
  open: boolean;
  title: string;
  /** the record being edited; a new person when absent */
  initial?: Person | undefined;
  defaultUnitId: number;
  onCancel(): void;
  /** saves; a thrown ApiError with field errors is shown beside the fields */
  onSubmit(values: PersonValues): Promise<void>;
}

const empty = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);

/** Add or edit a person: the register's fields, validated here and again by the server. */
export function PersonFormModal({ open, title, initial, defaultUnitId, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      initial
        ? { ...initial, unitId: initial.unit.id, birthDate: initial.birthDate ? dayjs(initial.birthDate) : null }
        : { unitId: defaultUnitId },
    );
  }, [open, initial, defaultUnitId, form]);

  const ok = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    setBusy(true);
    try {
      await onSubmit({
        nationalId: empty(v.nationalId),
        fullName: v.fullName.trim(),
        birthDate: v.birthDate ? v.birthDate.format('YYYY-MM-DD') : null,
        sex: v.sex ?? null,
        phone: empty(v.phone),
        unitId: v.unitId,
        address: empty(v.address),
        workplace: empty(v.workplace),
      });
    } catch (e) {
      if (!showFieldErrors(form, e, FIELDS)) void message.error(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={t('people.save')}
      okButtonProps={{ loading: busy, 'data-testid': 'person-submit' } as ButtonProps}
      onOk={() => void ok()}
      onCancel={onCancel}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={() => void ok()}>
        <Form.Item name="fullName" label={t('people.col.fullName')} rules={[{ required: true, whitespace: true, message: t('people.fullNameRequired') }, { max: 200 }]}>
          <Input autoFocus maxLength={200} data-testid="person-fullname" />
        </Form.Item>
        <Form.Item name="nationalId" label={t('people.col.nationalId')} extra={t('people.nationalIdHint')}>
          <Input inputMode="numeric" maxLength={20} data-testid="person-nationalid" />
        </Form.Item>
        <Form.Item name="birthDate" label={t('people.col.birthDate')}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today()} data-testid="person-birthdate" />
        </Form.Item>
        <Form.Item name="sex" label={t('people.col.sex')}>
          <Select allowClear options={(['male', 'female', 'other'] as const).map((s) => ({ value: s, label: t(`people.sex.${s}`) }))} data-testid="person-sex" />
        </Form.Item>
        <Form.Item name="phone" label={t('people.col.phone')}>
          <Input inputMode="tel" maxLength={20} data-testid="person-phone" />
        </Form.Item>
        <Form.Item name="unitId" label={t('people.col.unit')} rules={[{ required: true, message: t('people.unitRequired') }]}>
          <UnitSelect />
        </Form.Item>
        <Form.Item name="address" label={t('people.col.address')}>
          <Input maxLength={500} data-testid="person-address" />
        </Form.Item>
        <Form.Item name="workplace" label={t('people.col.workplace')}>
          <Input maxLength={300} data-testid="person-workplace" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
