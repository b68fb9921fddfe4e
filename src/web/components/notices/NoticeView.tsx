import { Alert, App, Button, Card, Col, Descriptions, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../api/client.ts';
import { correctNotice, noticePdfUrl, type Notice } from '../../api/notices.ts';
import { formatDate, formatDateTime } from '../../format.ts';
import { NoticeStatusTag } from './StatusTags.tsx';
import { TaskProgressCard } from './TaskProgressCard.tsx';

const paragraphs = (text: string) => text.split('\n').map((p) => p.trim()).filter(Boolean);

/** An issued notice (or a draft the reader may not edit): the document, the tasks' live progress, the versions. */
export function NoticeView({ notice: n, onCorrected }: { notice: Notice; onCorrected(draft: Notice): void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [busy, setBusy] = useState(false);
  const issued = n.status !== 'draft';
  // a superseded notice's tasks carried over to the version that replaced it
  const live = n.status === 'issued';

  const correct = () => modal.confirm({
    title: t('notices.action.correctConfirm'),
    content: t('notices.action.correctConfirmText'),
    okText: t('notices.action.correct'),
    cancelText: t('notices.action.cancel'),
    onOk: async () => {
      setBusy(true);
      try {
        onCorrected(await correctNotice(n.id));
      } catch (e) {
        void message.error(errorMessage(e, t));
      } finally {
        setBusy(false);
      }
    },
  });

  return (
    <>
      {n.supersededBy && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('notices.view.supersededAlert', { number: n.supersededBy.number ?? '', version: n.supersededBy.version })}
          action={<Link to={`/notices/${n.supersededBy.id}`}>{t('notices.view.openNewest')}</Link>}
          data-testid="notice-superseded"
        />
      )}
      {!issued && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('notices.view.readOnlyDraft')} />}
      <Space wrap style={{ marginBottom: 16 }}>
        <Button href={noticePdfUrl(n.id)} target="_blank" data-testid="notice-pdf">{t('notices.action.pdf')}</Button>
        {n.canEdit && n.status === 'issued' && (
          <Button onClick={correct} loading={busy} data-testid="notice-correct">{t('notices.action.correct')}</Button>
        )}
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card size="small" title={t('notices.view.document')} style={{ marginBottom: 16 }}>
            <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('notices.col.number')}>{n.number ?? t('notices.view.noNumber')}</Descriptions.Item>
              <Descriptions.Item label={t('notices.col.date')}>{formatDate(n.issuedOn)}</Descriptions.Item>
              <Descriptions.Item label={t('notices.col.unit')}>{n.issuingUnit.fullName}</Descriptions.Item>
              <Descriptions.Item label={t('notices.col.status')}><NoticeStatusTag status={n.status} /></Descriptions.Item>
              {n.conference && (
                <Descriptions.Item label={t('notices.field.conference')}>
                  <Link to={`/conferences/${n.conference.id}`}>{n.conference.title}</Link>
                </Descriptions.Item>
              )}
              {n.issuedAt && (
                <Descriptions.Item label={t('notices.view.issuedByLabel')}>
                  {t('notices.view.issuedBy', { name: n.issuedBy ?? '', at: formatDateTime(n.issuedAt) })}
                </Descriptions.Item>
              )}
            </Descriptions>
            {paragraphs(n.body).map((p, i) => (
              <Typography.Paragraph key={i} style={{ textAlign: 'justify', textIndent: '2em' }}>{p}</Typography.Paragraph>
            ))}
          </Card>
          <Typography.Title level={5}>
            {t('notices.task.heading')}{' '}
            {live && <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>{t('notices.progress.live')}</Typography.Text>}
          </Typography.Title>
          {n.tasks.map((task) => <TaskProgressCard key={task.id} task={task} live={live} />)}
          {n.closing && <Typography.Paragraph style={{ textIndent: '2em' }}>{n.closing}</Typography.Paragraph>}
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('notices.field.recipients')} style={{ marginBottom: 16 }}>
            {n.recipients.map((r, i) => <div key={i}>- {r}</div>)}
            {(n.signerTitle || n.signerName) && (
              <div style={{ marginTop: 12, textAlign: 'center' }}>
                {n.signerTitle.split('\n').map((l, i) => <div key={i}><strong>{l.toUpperCase()}</strong></div>)}
                <div style={{ marginTop: 8 }}><strong>{n.signerName}</strong></div>
              </div>
            )}
          </Card>
          <Card size="small" title={t('notices.view.versions')}>
            {n.versions.map((v) => (
              <Flex key={v.id} justify="space-between" align="center" gap={8} style={{ padding: '4px 0' }}>
                <span>
                  {v.id === n.id ? (
                    <span>{t('notices.view.version', { n: v.version })} ({t('notices.view.current')})</span>
                  ) : (
                    <Link to={`/notices/${v.id}`}>{t('notices.view.version', { n: v.version })}</Link>
                  )}
                  <Typography.Text type="secondary"> · {v.number ?? t('notices.view.noNumber')} · {formatDate(v.issuedOn)}</Typography.Text>
                </span>
                <NoticeStatusTag status={v.status} />
              </Flex>
            ))}
          </Card>
        </Col>
      </Row>
    </>
  );
}
