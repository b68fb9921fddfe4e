import { Alert, App, Button, Card, Col, Form, InputNumber, Row, Space, Typography } from 'antd';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Form as FormDef } from '../../../server/modules/forms/schema.ts';
import type { Report } from '../../../server/modules/reports/schema.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { saveReport, type SaveReply } from '../../api/reports.ts';
import { useFormat, useLang } from '../../hooks/useFormat.ts';
import type { FigureComparison } from '../../api/registers.ts';
import { indicatorName, sectionName, sections } from '../../indicators.ts';
import { collectValues, groupMessages } from './fieldMessages.ts';

interface Props {
  formDef: FormDef;
  report: Report;
  readOnly: boolean;
  /** figures computed from the case registers, when the unit keeps them */
  register?: FigureComparison[] | null;
  onSaved(reply: SaveReply): void;
}

type Messages = Record<string, string[]>;

function blockNonDigits(e: KeyboardEvent<HTMLInputElement>) {
  if (e.key.length === 1 && !/\d/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) e.preventDefault();
}

export function ReportEntryForm({ formDef, report, readOnly, register, onSaved }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<Record<string, number | null>>();
  const inputs = useRef(new Map<string, HTMLInputElement | null>());
  const submitButton = useRef<HTMLButtonElement>(null);
  const [errors, setErrors] = useState<Messages>({});
  const [warnings, setWarnings] = useState<Messages>({});
  const [alerts, setAlerts] = useState<{ error: string[]; warning: string[] }>({ error: [], warning: [] });
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const f = useFormat();
  const fromRegister = useMemo(() => new Map((register ?? []).map((r) => [r.code, r.register])), [register]);
  // a report never saved starts from the registers; a saved one keeps what was typed
  const prefilled = fromRegister.size > 0 && report.id === null;
  const initialValues = useMemo(
    () => (prefilled ? { ...report.values, ...Object.fromEntries(fromRegister) } : report.values),
    [prefilled, report.values, fromRegister],
  );
  const typed = Form.useWatch([], form) as Record<string, number | null> | undefined;
  const registerNote = (code: string) => {
    const value = fromRegister.get(code);
    if (value === undefined) return null;
    const current = typed?.[code];
    const diff = typeof current === 'number' ? current - value : 0;
    return diff
      ? t('registers.fromRegisterDiff', { value: f.num(value), diff: `${diff > 0 ? '+' : '−'}${f.num(Math.abs(diff))}` })
      : t('registers.fromRegister', { value: f.num(value) });
  };

  const groups = useMemo(() => sections(formDef), [formDef]);
  const codes = useMemo(() => groups.flatMap((g) => g.indicators.map((i) => i.code)), [groups]);
  const known = useMemo(() => new Set(codes), [codes]);

  const focusNext = (code: string) => {
    const next = codes[codes.indexOf(code) + 1];
    const el = next ? inputs.current.get(next) : null;
    if (el) {
      el.focus();
      el.select();
    } else submitButton.current?.focus();
  };

  const save = async (submit: boolean) => {
    const { values, invalid } = collectValues(form.getFieldsValue());
    if (invalid.length) {
      setErrors(Object.fromEntries(invalid.map((c) => [c, [t('report.mustBeInteger')]])));
      inputs.current.get(invalid[0]!)?.focus();
      return;
    }
    setBusy(submit ? 'submit' : 'draft');
    setDone(null);
    try {
      const reply = await saveReport(formDef.code, report.unit.id, report.period, values, submit);
      const w = groupMessages(reply.warnings, known);
      setErrors({});
      setWarnings(w.byField);
      setAlerts({ error: [], warning: w.other });
      const text = submit ? t('report.submitted') : t('report.saved');
      setDone(text);
      void message.success(text);
      onSaved(reply);
    } catch (e) {
      const g = e instanceof ApiError ? groupMessages(e.fields, known) : { byField: {}, other: [] };
      setErrors(g.byField);
      setAlerts({ error: [errorMessage(e, t), ...g.other], warning: [] });
      const firstBad = codes.find((c) => g.byField[c]);
      if (firstBad) inputs.current.get(firstBad)?.focus();
    } finally {
      setBusy(null);
    }
  };

  const clearField = (changed: Record<string, unknown>) => {
    setDone(null);
    const keys = Object.keys(changed).filter((k) => errors[k]);
    if (keys.length) setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !keys.includes(k))));
  };

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onValuesChange={clearField}
      disabled={readOnly}
      data-testid="report-form"
    >
      {alerts.error.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={alerts.error[0]}
          description={alerts.error.length > 1 ? alerts.error.slice(1).join('\n') : undefined}
          data-testid="report-error"
        />
      )}
      {alerts.warning.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={alerts.warning.join('\n')} />
      )}
      {!readOnly && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('report.enterHint')}
        </Typography.Paragraph>
      )}
      {fromRegister.size > 0 && !readOnly && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={prefilled ? t('registers.prefilled') : t('registers.hint')}
          action={
            <Button size="small" onClick={() => form.setFieldsValue(Object.fromEntries(fromRegister))} data-testid="fill-from-register">
              {t('registers.fillFromRegister')}
            </Button>
          }
          data-testid="register-prefill"
        />
      )}
      {groups.map((g) => (
        <Card key={g.key} size="small" title={sectionName(g.indicators[0]!, lang)} style={{ marginBottom: 12 }}>
          <Row gutter={16}>
            {g.indicators.map((ind) => {
              const errs = errors[ind.code] ?? [];
              const warns = warnings[ind.code] ?? [];
              const help = [...errs, ...warns];
              return (
                <Col xs={24} sm={12} lg={8} key={ind.code}>
                  <Form.Item
                    name={ind.code}
                    label={indicatorName(ind, lang)}
                    validateStatus={errs.length ? 'error' : warns.length ? 'warning' : undefined}
                    help={help.length ? help.map((m, i) => <div key={i}>{m}</div>) : undefined}
                    extra={registerNote(ind.code)}
                  >
                    <InputNumber<number | string>
                      ref={(el) => {
                        inputs.current.set(ind.code, el);
                      }}
                      style={{ width: '100%' }}
                      min={0}
                      precision={0}
                      step={1}
                      controls={false}
                      inputMode="numeric"
                      autoFocus={!readOnly && ind.code === codes[0]}
                      parser={(s) => (s ?? '').replace(/\D/g, '')}
                      onKeyDown={blockNonDigits}
                      onPressEnter={(e) => {
                        e.preventDefault();
                        focusNext(ind.code);
                      }}
                      data-testid={`ind-${ind.code}`}
                    />
                  </Form.Item>
                </Col>
              );
            })}
          </Row>
        </Card>
      ))}
      {done && <Alert type="success" showIcon title={done} style={{ marginBottom: 12 }} data-testid="report-saved" />}
      {!readOnly && (
        <Space wrap>
          <Button onClick={() => void save(false)} loading={busy === 'draft'} disabled={busy !== null} data-testid="save-draft">
            {t('report.saveDraft')}
          </Button>
          <Button
            type="primary"
            ref={submitButton}
            onClick={() => void save(true)}
            loading={busy === 'submit'}
            disabled={busy !== null}
            data-testid="submit-report"
          >
            {t('report.submit')}
          </Button>
        </Space>
      )}
    </Form>
  );
}
