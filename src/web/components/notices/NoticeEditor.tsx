import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { cleanLines, withRecipients } from '../../../domain/notice.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import {
  createNotice, deleteNotice, fetchNoticeTemplate, issueNotice, noticePdfUrl, saveNotice, type Notice,
} from '../../api/notices.ts';
import { UnitSelect } from '../users/UnitSelect.tsx';
import { emptyTask, toBody, type EditorValues } from './editorValues.ts';
import { formErrors } from './fieldErrors.ts';
import { UnitsPicker } from './UnitsPicker.tsx';

interface Props {
  initial: EditorValues;
  /** the saved draft being edited; none for a new notice */
  notice?: Notice;
  conference: { id: number; title: string } | null;
  onSaved(n: Notice): void;
  onIssued(n: Notice): void;
  onDeleted(): void;
}

/**
 * The editor of a draft notice: header fields, numbered tasks with responsible units, a
 * deadline to the hour and the report expected back, Nơi nhận and the signer. The server
 * checks everything and names each bad field, which shows beside it.
 */
export function NoticeEditor({ initial, notice, conference, onSaved, onIssued, onDeleted }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const [busy, setBusy] = useState(false);
  const clientId = useRef(crypto.randomUUID());
  const issuingUnitId = Form.useWatch('issuingUnitId', form) ?? initial.issuingUnitId;
  const isCorrection = !!notice?.supersedes;

  // field paths come from the server ("tasks.1.deadline"), so they are not the form's typed names
  const setErrors = (fields: { name: (string | number)[]; errors: string[] }[]) => form.setFields(fields as Parameters<typeof form.setFields>[0]);

  const failed = (e: unknown) => {
    if (e instanceof ApiError && e.fields.length) setErrors(formErrors(e.fields));
    void message.error(errorMessage(e, t));
  };

  /** Saves the form; the saved notice, or undefined after showing what is wrong. */
  const save = async (): Promise<Notice | undefined> => {
    const body = toBody(form.getFieldsValue(true) as EditorValues);
    // the messages of the last attempt go; the server names what is still wrong
    setErrors(form.getFieldsError().filter((f) => f.errors.length).map((f) => ({ name: f.name, errors: [] })));
    try {
      return notice ? await saveNotice(notice.id, body) : await createNotice({ ...body, clientId: clientId.current });
    } catch (e) {
      failed(e);
      return undefined;
    }
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const onSave = () => run(async () => {
    const saved = await save();
    if (!saved) return;
    void message.success(t('notices.action.saved'));
    onSaved(saved);
  });

  const onIssue = () => modal.confirm({
    title: t('notices.action.issueConfirm'),
    content: t('notices.action.issueConfirmText'),
    okText: t('notices.action.issue'),
    cancelText: t('notices.action.cancel'),
    onOk: () => run(async () => {
      const saved = await save();
      if (!saved) return;
      try {
        const issued = await issueNotice(saved.id);
        void message.success(t('notices.action.issued'));
        onIssued(issued);
      } catch (e) {
        failed(e);
        // the draft was saved: show it with its id
        if (!notice) onSaved(saved);
      }
    }),
  });

  const onDelete = () => notice && modal.confirm({
    title: t('notices.action.removeConfirm'),
    okText: t('notices.action.remove'),
    okButtonProps: { danger: true },
    cancelText: t('notices.action.cancel'),
    onOk: () => run(async () => {
      try {
        await deleteNotice(notice.id);
        void message.success(t('notices.action.removed'));
        onDeleted();
      } catch (e) {
        failed(e);
      }
    }),
  });

  /** A new issuing unit brings its own issuing body, place and closing. */
  const changeUnit = async (unitId: number) => {
    try {
      const tpl = await fetchNoticeTemplate({ unitId });
      form.setFieldsValue({ issuingBody: tpl.issuingBody, place: tpl.place, closing: tpl.closing });
    } catch (e) {
      failed(e);
    }
  };

  /** Units picked for a task join the distribution list. */
  const onValuesChange = (changed: Partial<EditorValues>, all: EditorValues) => {
    if (changed.tasks) {
      const names = (all.tasks ?? []).flatMap((x) => (x?.units ?? []).map((u) => u.fullName));
      const current = cleanLines((all.recipients ?? '').split('\n'));
      const next = withRecipients(current, names);
      if (next.length !== current.length) form.setFieldValue('recipients', next.join('\n'));
    }
    if (changed.issuingUnitId !== undefined) void changeUnit(changed.issuingUnitId);
  };

  return (
    <Form<EditorValues> form={form} layout="vertical" initialValues={initial} onValuesChange={onValuesChange} disabled={busy} data-testid="notice-editor">
      {conference && (
        <Typography.Paragraph>
          {t('notices.field.conference')}: <Link to={`/conferences/${conference.id}`}>{conference.title}</Link>
        </Typography.Paragraph>
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="issuingUnitId" label={t('notices.field.issuingUnit')}>
              {isCorrection ? <Input value={notice?.issuingUnit.fullName} disabled /> : <UnitSelect />}
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="number" label={t('notices.field.number')}>
              <Input placeholder="125/TB-BCĐ" maxLength={60} data-testid="notice-number" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="issuedOn" label={t('notices.field.issuedOn')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="notice-date" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="issuingBody" label={t('notices.field.issuingBody')} extra={t('notices.field.issuingBodyHelp')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="place" label={t('notices.field.place')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={t('notices.field.title')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={500} placeholder={t('notices.field.titlePlaceholder')} data-testid="notice-title" />
        </Form.Item>
        <Form.Item name="body" label={t('notices.field.body')} extra={t('notices.field.bodyHelp')}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} />
        </Form.Item>
      </Card>

      <Typography.Title level={5}>{t('notices.task.heading')}</Typography.Title>
      <Form.List name="tasks">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={t('notices.task.n', { n: i + 1 })}
                extra={<Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)} aria-label={t('notices.task.remove')} />}
                data-testid={`notice-task-${i}`}
              >
                <Form.Item name={[field.name, 'text']} label={t('notices.task.text')}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
                </Form.Item>
                <Form.Item name={[field.name, 'units']} label={t('notices.task.units')}>
                  <UnitsPicker parentId={issuingUnitId} onError={(m) => void message.error(m)} testId={`notice-task-${i}-units`} />
                </Form.Item>
                <Row gutter={16}>
                  <Col xs={24} md={10}>
                    <Form.Item name={[field.name, 'deadline']} label={t('notices.task.deadline')}>
                      <DatePicker
                        showTime={{ format: 'HH' }}
                        format="HH:00 DD/MM/YYYY"
                        placeholder={t('notices.task.deadlinePlaceholder')}
                        style={{ width: '100%' }}
                        data-testid={`notice-task-${i}-deadline`}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={14}>
                    <Form.Item name={[field.name, 'reportExpected']} label={t('notices.task.reportExpected')}>
                      <Input maxLength={1000} placeholder={t('notices.task.reportExpectedPlaceholder')} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(emptyTask())} block style={{ marginBottom: 16 }} data-testid="notice-add-task">
              {t('notices.task.add')}
            </Button>
          </>
        )}
      </Form.List>

      <Card size="small" style={{ marginBottom: 16 }}>
        <Form.Item name="closing" label={t('notices.field.closing')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="recipients" label={t('notices.field.recipients')} extra={t('notices.field.recipientsHelp')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} data-testid="notice-recipients" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="signerTitle" label={t('notices.field.signerTitle')} extra={t('notices.field.signerTitleHelp')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} />
            </Form.Item>
            <Form.Item name="signerName" label={t('notices.field.signerName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Flex wrap gap={8} justify="space-between">
        <Space wrap>
          <Button onClick={() => void onSave()} loading={busy} data-testid="notice-save">{t('notices.action.save')}</Button>
          <Button type="primary" onClick={onIssue} loading={busy} data-testid="notice-issue">{t('notices.action.issue')}</Button>
          {notice && <a href={noticePdfUrl(notice.id)} target="_blank" rel="noreferrer" title={t('notices.action.previewHelp')}>{t('notices.action.preview')}</a>}
        </Space>
        {notice && <Button danger onClick={onDelete} disabled={busy}>{t('notices.action.remove')}</Button>}
      </Flex>
    </Form>
  );
}
