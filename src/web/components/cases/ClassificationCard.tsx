import { App, Button, Card, DatePicker, Form, List, Radio, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fetchClassification, setClassification, type ClassificationSetting } from '../../api/cases.ts';
import { errorMessage } from '../../api/client.ts';
import { today } from '../../dates.ts';
import { useAsync } from '../../hooks/useAsync.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { ErrorAlert } from '../ErrorAlert.tsx';
import { showFieldErrors } from '../users/fieldErrors.ts';

type Means = ClassificationSetting['current'];
const MEANS: readonly Means[] = ['centralised', 'any_quarantine', 'traced_contact'];

interface Values {
  validFrom: dayjs.Dayjs;
  quarantinedMeans: Means;
}

/** A province's dated reading of "found in quarantine": what is in force now, its changes, and (for those allowed) a new one from a date. */
export function ClassificationCard({ provinceId, canEdit }: { provinceId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const setting = useAsync(() => fetchClassification(provinceId), [provinceId]);
  const s = setting.data;

  const submit = async (v: Values) => {
    try {
      await setClassification(provinceId, v.validFrom.format('YYYY-MM-DD'), v.quarantinedMeans);
      void message.success(t('cases.rules.saved'));
      setting.reload();
    } catch (e) {
      if (!showFieldErrors(form, e, ['validFrom', 'quarantinedMeans'])) void message.error(errorMessage(e, t));
    }
  };

  return (
    <Card size="small" loading={!s && !setting.error} title={s ? `${t('cases.rules.classification')}: ${s.province.fullName}` : t('cases.rules.classification')}>
      {setting.error ? <ErrorAlert error={setting.error} onRetry={setting.reload} /> : null}
      {s && (
        <>
          <Typography.Paragraph type="secondary">{t('cases.rules.classificationIntro')}</Typography.Paragraph>
          <Space wrap style={{ marginBottom: 12 }}>
            <Typography.Text>{t('cases.rules.current')}:</Typography.Text>
            <Tag color="blue" data-testid="classification-current">{t(`cases.rules.means.${s.current}`)}</Tag>
            {s.isDefault && <Typography.Text type="secondary">({t('cases.rules.isDefault')})</Typography.Text>}
          </Space>
          {s.history.length > 0 && (
            <List
              size="small"
              header={t('cases.rules.history')}
              dataSource={[...s.history].reverse()}
              renderItem={(h) => (
                <List.Item>
                  {f.date(h.validFrom)} — {t(`cases.rules.means.${h.quarantinedMeans}`)}
                </List.Item>
              )}
              style={{ marginBottom: 12 }}
            />
          )}
          {canEdit && (
            <Form
              form={form}
              layout="vertical"
              onFinish={(v) => void submit(v)}
              initialValues={{ validFrom: dayjs(today()), quarantinedMeans: s.current }}
              key={provinceId}
            >
              <Form.Item name="quarantinedMeans" label={t('cases.rules.meansLabel')} rules={[{ required: true }]}>
                <Radio.Group options={MEANS.map((m) => ({ value: m, label: t(`cases.rules.means.${m}`) }))} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
              </Form.Item>
              <Form.Item name="validFrom" label={t('cases.rules.validFrom')} rules={[{ required: true }]}>
                <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
              </Form.Item>
              <Button type="primary" htmlType="submit">{t('cases.rules.saveSetting')}</Button>
            </Form>
          )}
        </>
      )}
    </Card>
  );
}
