import { Flex, Form, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bands } from '../../../domain/epidemic-level.ts';
import { BandsEditor } from './BandsEditor.tsx';
import { ConfirmMark } from './marks.tsx';

const KEYS = ['oxygenRate', 'deathRate'] as const;
// a starting point when a criterion is switched on; the user sets the real thresholds
const START: Bands = { thresholds: [1, 5, 10], above: 'gte' };

/** Optional severity criteria (oxygen patients, deaths per 100,000 a week), each switched on or off. */
export function SeverityFields() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <>
      {KEYS.map((key) => {
        const name = ['definition', 'severity', key];
        return (
          <Form.Item key={key} noStyle shouldUpdate={(a, b) => a.definition?.severity?.[key] !== b.definition?.severity?.[key]}>
            {() => {
              const on = form.getFieldValue(name) !== null && form.getFieldValue(name) !== undefined;
              return (
                <div style={{ marginBottom: 16 }}>
                  <Flex gap={8} align="center" style={{ marginBottom: 8 }}>
                    <Switch checked={on} data-testid={`severity-${key}`}
                      onChange={(v) => form.setFieldValue(name, v ? structuredClone(START) : null)} />
                    <Typography.Text strong>{t(`levelRules.editor.${key}`)}</Typography.Text>
                    <ConfirmMark path={`severity.${key}`} />
                  </Flex>
                  {on && <BandsEditor name={name} path={`severity.${key}`} testId={`severity-${key}-bands`} />}
                </div>
              );
            }}
          </Form.Item>
        );
      })}
    </>
  );
}
