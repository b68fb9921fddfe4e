import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COVERAGE_METRICS, type CoverageCondition } from '../../../domain/epidemic-level.ts';
import { ConfirmMark } from './marks.tsx';

/** The vaccination conditions: a metric and its minimum percent each; all must hold. */
export function CoverageEditor() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const unused = () => {
    const used = ((form.getFieldValue(['definition', 'coverage', 'conditions']) ?? []) as CoverageCondition[]).map((c) => c.metric);
    return COVERAGE_METRICS.find((m) => !used.includes(m)) ?? COVERAGE_METRICS[0];
  };
  const options = COVERAGE_METRICS.map((m) => ({ value: m, label: t(`levelRules.editor.metricName.${m}`) }));
  return (
    <Form.List name={['definition', 'coverage', 'conditions']}>
      {(fields, { add, remove }) => (
        <div data-testid="coverage">
          {!fields.length && <Typography.Paragraph type="secondary">{t('levelRules.editor.noConditions')}</Typography.Paragraph>}
          {fields.map((field) => (
            <Flex key={field.key} wrap gap={12} align="flex-start">
              <Form.Item name={[field.name, 'metric']} label={t('levelRules.editor.metric')} style={{ flex: '1 1 320px', marginBottom: 8 }}>
                <Select options={options} data-testid={`coverage-metric-${field.name}`} />
              </Form.Item>
              <Form.Item name={[field.name, 'minPercent']} label={t('levelRules.editor.minPercent')} style={{ marginBottom: 8 }}>
                <InputNumber data-testid={`coverage-percent-${field.name}`} style={{ width: 120 }} />
              </Form.Item>
              <Flex gap={4} align="center" style={{ paddingTop: 30 }}>
                <ConfirmMark path={`coverage.conditions.${field.name}`} />
                <Button icon={<DeleteOutlined />} aria-label={t('levelRules.editor.remove')} onClick={() => remove(field.name)} />
              </Flex>
            </Flex>
          ))}
          {fields.length < COVERAGE_METRICS.length && (
            <Button icon={<PlusOutlined />} onClick={() => add({ metric: unused(), minPercent: 0 } satisfies CoverageCondition)}>
              {t('levelRules.editor.addCondition')}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}
