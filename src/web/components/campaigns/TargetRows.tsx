import { Button, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';

const AGE_GROUPS = ['18+', '50+', '12-17', '15-17', '5-11', 'all'] as const;
const STAGES = ['dose1', 'primary', 'booster'] as const;

/** The `targets` list of a campaign form (see TargetValues): one row per target, at least one. */
export function TargetRows() {
  const { t } = useTranslation();
  return (
    <Form.List name="targets">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <Space key={field.key} wrap align="start" data-testid={`campaign-target-${field.name}`}>
              <Form.Item name={[field.name, 'id']} hidden><Input type="hidden" /></Form.Item>
              <Form.Item name={[field.name, 'ageGroup']} label={t('campaigns.ageGroup')} rules={[{ required: true }]}>
                <Select style={{ width: 130 }} options={AGE_GROUPS.map((g) => ({ value: g, label: t(`campaigns.ageGroups.${g}`) }))} />
              </Form.Item>
              <Form.Item name={[field.name, 'stage']} label={t('campaigns.stage')} rules={[{ required: true }]}>
                <Select style={{ width: 150 }} options={STAGES.map((s) => ({ value: s, label: t(`campaigns.stages.${s}`) }))} />
              </Form.Item>
              <Form.Item name={[field.name, 'percent']} label={t('campaigns.targetShare')} rules={[{ required: true }]}>
                <InputNumber min={0.01} max={100} />
              </Form.Item>
              <Form.Item name={[field.name, 'due']} label={t('campaigns.dueDate')} rules={[{ required: true }]}>
                <DatePicker format="DD/MM/YYYY" />
              </Form.Item>
              {fields.length > 1 && (
                <Button style={{ marginTop: 30 }} aria-label={t('campaigns.removeTarget')} title={t('campaigns.removeTarget')} onClick={() => remove(field.name)}>−</Button>
              )}
            </Space>
          ))}
          <div><Button onClick={() => add({ ageGroup: '18+', stage: 'primary', percent: 100 })}>{t('campaigns.addTarget')}</Button></div>
        </>
      )}
    </Form.List>
  );
}
