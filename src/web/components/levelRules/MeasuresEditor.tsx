import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Badge, Button, Col, Form, Input, Row, Select, Space, Tabs } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_COLOURS, LEVELS, MEASURE_AREAS, type Measure } from '../../../domain/epidemic-level.ts';
import { MEASURE_TEXT_MAX } from '../../../domain/epidemic-level-validate.ts';

const STATUSES: Measure['status'][] = ['allowed', 'limited', 'closed'];

interface Props {
  /** server messages about a level as a whole ("Cần ít nhất một biện pháp cho cấp 2"), by level */
  levelErrors: Record<string, string>;
  /** levels with a server error somewhere in their measures, marked on their tab */
  levelsWithErrors: string[];
}

/** One tab per level: rows of area, status and the Vietnamese and English texts; added, removed and reordered. */
export function MeasuresEditor({ levelErrors, levelsWithErrors }: Props) {
  const { t } = useTranslation();
  const [active, setActive] = useState('1');
  const firstWithErrors = levelsWithErrors[0];
  // a refused save opens the level whose measures it names
  useEffect(() => {
    if (firstWithErrors) setActive((a) => (levelsWithErrors.includes(a) ? a : firstWithErrors));
  }, [firstWithErrors, levelsWithErrors]);
  const areas = MEASURE_AREAS.map((a) => ({ value: a, label: t(`levelRules.editor.areaName.${a}`) }));
  const statuses = STATUSES.map((s) => ({ value: s, label: t(`levelRules.editor.statusName.${s}`) }));
  const items = LEVELS.map((level) => {
    const key = String(level);
    return {
      key,
      forceRender: true,
      label: (
        <Badge dot={levelsWithErrors.includes(key)} offset={[6, 0]}>
          <span data-testid={`measures-tab-${key}`} style={{ borderBottom: `3px solid ${LEVEL_COLOURS[level]}`, paddingBottom: 2 }}>
            {t('levelRules.editor.level', { n: level })}
          </span>
        </Badge>
      ),
      children: (
        <Form.List name={['measures', key]}>
          {(fields, { add, remove, move }) => (
            <div data-testid={`measures-${key}`}>
              {levelErrors[key] && <Alert type="error" showIcon title={levelErrors[key]} style={{ marginBottom: 12 }} />}
              {fields.map((field, i) => (
                <div key={field.key} data-testid={`measure-${key}-${i}`} style={{ borderBottom: '1px solid #f0f0f0', paddingTop: 8, marginBottom: 8 }}>
                  <Row gutter={12}>
                    <Col xs={24} sm={12} md={5}>
                      <Form.Item name={[field.name, 'area']} label={t('levelRules.editor.area')} style={{ marginBottom: 8 }}>
                        <Select options={areas} data-testid={`measure-${key}-${i}-area`} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} sm={12} md={4}>
                      <Form.Item name={[field.name, 'status']} label={t('levelRules.editor.status')} style={{ marginBottom: 8 }}>
                        <Select options={statuses} data-testid={`measure-${key}-${i}-status`} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'vi']} label={t('levelRules.editor.textVi')} style={{ marginBottom: 8 }}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={MEASURE_TEXT_MAX} data-testid={`measure-${key}-${i}-vi`} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={6}>
                      <Form.Item name={[field.name, 'en']} label={t('levelRules.editor.textEn')} style={{ marginBottom: 8 }}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={MEASURE_TEXT_MAX} data-testid={`measure-${key}-${i}-en`} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={3}>
                      <Space size={4} style={{ paddingTop: 30 }}>
                        <Button size="small" icon={<ArrowUpOutlined />} aria-label={t('levelRules.editor.moveUp')} disabled={i === 0 || undefined}
                          onClick={() => move(i, i - 1)} />
                        <Button size="small" icon={<ArrowDownOutlined />} aria-label={t('levelRules.editor.moveDown')} disabled={i === fields.length - 1 || undefined}
                          onClick={() => move(i, i + 1)} />
                        <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('levelRules.editor.remove')} onClick={() => remove(field.name)} />
                      </Space>
                    </Col>
                  </Row>
                </div>
              ))}
              <Button icon={<PlusOutlined />} data-testid={`measures-${key}-add`}
                onClick={() => add({ area: 'other', status: 'limited', vi: '', en: '' } satisfies Measure)}>
                {t('levelRules.editor.addMeasure')}
              </Button>
            </div>
          )}
        </Form.List>
      ),
    };
  });
  return <Tabs items={items} activeKey={active} onChange={setActive} />;
}
