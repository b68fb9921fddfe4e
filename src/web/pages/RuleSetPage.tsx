import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { flagsWithin } from '../../domain/epidemic-level-validate.ts';
import { ApiError, errorMessage, type FieldError } from '../api/client.ts';
import { changeRuleSet, fetchRuleSet, type RuleSet } from '../api/levelRules.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { BandsEditor } from '../components/levelRules/BandsEditor.tsx';
import { CapacityFields } from '../components/levelRules/CapacityFields.tsx';
import { CoverageEditor } from '../components/levelRules/CoverageEditor.tsx';
import { fieldName, placedAtField, toBody, toValues, type EditorValues } from '../components/levelRules/editorValues.ts';
import { ANCHORS, ConfirmMark, MarksContext, type Marks } from '../components/levelRules/marks.tsx';
import { MatrixEditor } from '../components/levelRules/MatrixEditor.tsx';
import { MeasuresEditor } from '../components/levelRules/MeasuresEditor.tsx';
import { RollUpFields } from '../components/levelRules/RollUpFields.tsx';
import { SeverityFields } from '../components/levelRules/SeverityFields.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';

/** The editor of one rule set: criteria, thresholds, the level matrix and the measures; read-only for those who may not change it. */
export default function RuleSetPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const loaded = useAsync(() => fetchRuleSet(id), [id]);
  if (loaded.error) return <ErrorAlert error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <PageSpinner />;
  return (
    <>
      <Link to="/level-rules">{t('levelRules.editor.back')}</Link>
      <RuleSetEditor key={`${loaded.data.id}-${loaded.data.updatedAt ?? ''}`} ruleSet={loaded.data} onSaved={loaded.reload} />
    </>
  );
}

function RuleSetEditor({ ruleSet, onSaved }: { ruleSet: RuleSet; onSaved(): void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const [toConfirm, setToConfirm] = useState(ruleSet.toConfirm);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const canEdit = ruleSet.canEdit;

  const marks = useMemo<Marks>(() => ({
    toConfirm,
    canConfirm: ruleSet.canConfirm,
    confirm: (paths) => {
      setToConfirm((m) => m.filter((p) => !paths.includes(p)));
      void message.info(t('levelRules.editor.confirmedNote'));
    },
  }), [toConfirm, ruleSet.canConfirm, message, t]);
  // marks on values the editor has no place for are listed at the top
  const unanchored = toConfirm.filter((p) => !ANCHORS.some((a) => flagsWithin([p], a).length));

  useEffect(() => {
    const placed = errors.filter((e) => placedAtField(e.field));
    form.setFields(placed.map((e) => ({ name: fieldName(e.field) as never, errors: [e.message] })));
    // after the measures' tab with the error has opened
    if (placed[0]) setTimeout(() => form.scrollToField(fieldName(placed[0]!.field) as never, { block: 'center', scrollMode: 'always' }), 0);
  }, [errors, form]);

  const save = async () => {
    // the messages of the last attempt go; the server names what is still wrong
    form.setFields(form.getFieldsError().filter((x) => x.errors.length).map((x) => ({ name: x.name as never, errors: [] })));
    setErrors([]);
    setSaving(true);
    try {
      await changeRuleSet(ruleSet.id, toBody(form.getFieldsValue(true) as EditorValues, ruleSet.canConfirm ? toConfirm : null));
      void message.success(t('levelRules.editor.saved'));
      onSaved();
    } catch (e) {
      if (e instanceof ApiError && e.fields.length) setErrors(e.fields);
      void message.error(errorMessage(e, t));
    } finally {
      setSaving(false);
    }
  };

  const levelErrors = Object.fromEntries(errors.filter((e) => /^measures\.[1-4]$/.test(e.field)).map((e) => [e.field.slice(-1), e.message]));
  const levelsWithErrors = useMemo(() => [...new Set(errors.filter((e) => e.field.startsWith('measures.')).map((e) => e.field.split('.')[1]!))], [errors]);
  const unplaced = errors.filter((e) => !placedAtField(e.field) && !/^measures\.[1-4]$/.test(e.field));
  const validity = ruleSet.validTo
    ? t('levelRules.list.range', { from: f.date(ruleSet.validFrom), to: f.date(ruleSet.validTo) })
    : t('levelRules.list.from', { from: f.date(ruleSet.validFrom) });

  return (
    <MarksContext.Provider value={marks}>
      <Typography.Title level={3} style={{ marginBottom: 4 }} data-testid="ruleset-title">{ruleSet.code}</Typography.Title>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{ruleSet.name}</Typography.Paragraph>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Tag color={ruleSet.province ? 'blue' : 'geekblue'}>{ruleSet.province?.fullName ?? t('levelRules.list.ministry')}</Tag>
        <Tag>{validity}</Tag>
        {ruleSet.basedOn && <Tag>{t('levelRules.list.basedOn', { code: ruleSet.basedOn.code })}</Tag>}
        {toConfirm.length > 0 && <Tag color="orange" data-testid="ruleset-to-confirm">{t('levelRules.list.toConfirm', { count: toConfirm.length })}</Tag>}
      </Flex>
      {!canEdit && <Alert type="info" showIcon title={t('levelRules.editor.readOnly')} style={{ marginBottom: 12 }} />}
      {canEdit && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="ruleset-assessed-note"
          title={ruleSet.assessments > 0 ? t('levelRules.editor.assessedNote', { count: ruleSet.assessments }) : t('levelRules.editor.editNote')} />
      )}
      {toConfirm.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('levelRules.editor.toConfirmSummary')}
          description={unanchored.length ? <Space wrap>{unanchored.map((p) => <span key={p}><code>{p}</code> <ConfirmMark path={p} /></span>)}</Space> : undefined} />
      )}
      <Form form={form} layout="vertical" initialValues={toValues(ruleSet)} disabled={!canEdit} data-testid="ruleset-form">
        <Card size="small" title={t('levelRules.editor.general')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={6}><Form.Item name="code" label={t('levelRules.editor.code')}><Input maxLength={60} /></Form.Item></Col>
            <Col xs={24} md={18}><Form.Item name="name" label={t('levelRules.editor.name')}><Input maxLength={300} /></Form.Item></Col>
            <Col xs={24}><Form.Item name="source" label={t('levelRules.editor.source')}><Input maxLength={500} /></Form.Item></Col>
            <Col xs={12} md={6}><Form.Item name="validFrom" label={t('levelRules.editor.validFrom')}><DatePicker format="DD/MM/YYYY" allowClear={false} /></Form.Item></Col>
            <Col xs={12} md={6}>
              <Form.Item name="validTo" label={t('levelRules.editor.validTo')} extra={t('levelRules.editor.validToHelp')}><DatePicker format="DD/MM/YYYY" /></Form.Item>
            </Col>
            <Col xs={24} md={12}><Form.Item name="note" label={t('levelRules.editor.note')}><Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} /></Form.Item></Col>
          </Row>
        </Card>
        <Card size="small" title={t('levelRules.editor.caseRate')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('levelRules.editor.caseRateHelp')}</Typography.Paragraph>
          <BandsEditor name={['definition', 'caseRate']} path="caseRate" testId="case-rate" />
        </Card>
        <Card size="small" title={t('levelRules.editor.coverage')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('levelRules.editor.coverageHelp')}</Typography.Paragraph>
          <CoverageEditor />
        </Card>
        <Card size="small" title={t('levelRules.editor.matrix')} style={{ marginBottom: 16 }}>
          <MatrixEditor />
        </Card>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('levelRules.editor.capacity')} style={{ marginBottom: 16 }}><CapacityFields /></Card>
            <Card size="small" title={t('levelRules.editor.rollUp')} style={{ marginBottom: 16 }}><RollUpFields /></Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card size="small" title={t('levelRules.editor.severity')} style={{ marginBottom: 16 }}>
              <Typography.Paragraph type="secondary">{t('levelRules.editor.severityHelp')}</Typography.Paragraph>
              <SeverityFields />
            </Card>
          </Col>
        </Row>
        <Card size="small" title={t('levelRules.editor.measures')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('levelRules.editor.measuresHelp')}</Typography.Paragraph>
          <MeasuresEditor levelErrors={levelErrors} levelsWithErrors={levelsWithErrors} />
        </Card>
      </Form>
      {unplaced.length > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="ruleset-errors"
          title={<ul style={{ margin: 0, paddingInlineStart: 16 }}>{unplaced.map((e) => <li key={e.field}>{e.message}</li>)}</ul>} />
      )}
      {canEdit && (
        <Space style={{ position: 'sticky', bottom: 0, zIndex: 10, background: '#ffffff', boxShadow: '0 -2px 8px rgba(0, 0, 0, 0.08)', padding: '8px 12px', width: '100%' }}>
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="ruleset-save">{t('levelRules.editor.save')}</Button>
          <Button onClick={() => { form.resetFields(); setToConfirm(ruleSet.toConfirm); setErrors([]); }}>{t('levelRules.editor.reset')}</Button>
        </Space>
      )}
    </MarksContext.Provider>
  );
}
