import { App, Button, DatePicker, Form, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { changeCluster, type Cluster } from '../../api/cases.ts';
import { errorMessage } from '../../api/client.ts';
import { today } from '../../dates.ts';
import { showFieldErrors } from '../users/fieldErrors.ts';

const STATUSES = ['active', 'monitoring', 'closed'] as const;

interface Values {
  status: Cluster['status'];
  closedOn?: dayjs.Dayjs | null;
}

/** Moves a cluster between active, monitoring and closed; closing asks for the day (today by default). */
export function ClusterStatusForm({ cluster, onSaved }: { cluster: Cluster; onSaved(c: Cluster): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form);

  const submit = async (v: Values) => {
    try {
      const closedOn = v.status === 'closed' ? (v.closedOn ?? dayjs(today())).format('YYYY-MM-DD') : null;
      onSaved(await changeCluster(cluster.id, { status: v.status, closedOn }));
      void message.success(t('cases.clusters.saved'));
    } catch (e) {
      if (!showFieldErrors(form, e, ['status', 'closedOn'])) void message.error(errorMessage(e, t));
    }
  };

  return (
    <Form
      form={form}
      layout="inline"
      onFinish={(v) => void submit(v)}
      initialValues={{ status: cluster.status, closedOn: dayjs(cluster.closedOn ?? today()) }}
      key={`${cluster.id}-${cluster.status}-${cluster.closedOn}`}
    >
      <Space wrap>
        <Form.Item name="status" label={t('cases.clusters.changeStatus')} style={{ marginInlineEnd: 0 }}>
          <Select style={{ minWidth: 160 }} options={STATUSES.map((s) => ({ value: s, label: t(`cases.clusters.status.${s}`) }))} />
        </Form.Item>
        {status === 'closed' && (
          <Form.Item name="closedOn" label={t('cases.clusters.closedOn')} rules={[{ required: true }]} style={{ marginInlineEnd: 0 }}>
            <DatePicker
              format="DD/MM/YYYY"
              disabledDate={(d) => d.format('YYYY-MM-DD') > today() || d.format('YYYY-MM-DD') < cluster.openedOn}
            />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit">{t('cases.case.save')}</Button>
      </Space>
    </Form>
  );
}
