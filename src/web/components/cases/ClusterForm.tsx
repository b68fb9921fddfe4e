import { App, Button, DatePicker, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { addCluster, type Cluster } from '../../api/cases.ts';
import { errorMessage } from '../../api/client.ts';
import { today } from '../../dates.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';

interface Values {
  name: string;
  place?: string;
  openedOn: dayjs.Dayjs;
}

/** A new cluster of the unit, opened on a day up to today. */
export function ClusterForm({ unitId, onSaved }: { unitId: number; onSaved(c: Cluster): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const submit = async (v: Values) => {
    try {
      const c = await addCluster({ unitId, name: v.name.trim(), place: v.place?.trim() || null, openedOn: v.openedOn.format('YYYY-MM-DD') });
      void message.success(t('cases.clusters.saved'));
      form.resetFields();
      onSaved(c);
    } catch (e) {
      if (!showFieldErrors(form, e, ['name', 'place', 'openedOn'])) void message.error(errorMessage(e, t));
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ openedOn: dayjs(today()) }}>
      <Form.Item name="name" label={t('cases.clusters.name')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="place" label={t('cases.clusters.place')}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="openedOn" label={t('cases.clusters.openedOn')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') > today()} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block>{t('cases.clusters.add')}</Button>
    </Form>
  );
}
