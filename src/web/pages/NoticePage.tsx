import { Flex, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { fetchNotice, fetchNoticeTemplate, type Notice } from '../api/notices.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { PageSpinner } from '../components/PageSpinner.tsx';
import { fromNotice, fromTemplate } from '../components/notices/editorValues.ts';
import { NoticeEditor } from '../components/notices/NoticeEditor.tsx';
import { NoticeView } from '../components/notices/NoticeView.tsx';
import { NoticeStatusTag } from '../components/notices/StatusTags.tsx';
import { today } from '../dates.ts';
import { useAsync } from '../hooks/useAsync.ts';
import { useLiveEvents } from '../hooks/useLiveEvents.ts';
import NotFoundPage from './NotFoundPage.tsx';

/** /notices/new (optionally ?conference=<id>) and /notices/:id: the editor for a draft, the notice with its tasks' progress once issued. */
export default function NoticePage() {
  const { id } = useParams();
  if (id === 'new') return <NewNotice />;
  const n = Number(id);
  return Number.isInteger(n) && n > 0 ? <ExistingNotice id={n} /> : <NotFoundPage />;
}

function Back() {
  const { t } = useTranslation();
  return <Link to="/notices">← {t('notices.back')}</Link>;
}

function NewNotice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const conferenceId = Number(params.get('conference')) || undefined;
  const tpl = useAsync(() => fetchNoticeTemplate({ conferenceId }), [conferenceId]);
  const open = (n: Notice) => navigate(`/notices/${n.id}`, { replace: true });

  return (
    <>
      <Back />
      <Typography.Title level={3}>{t('notices.view.newTitle')}</Typography.Title>
      {tpl.error ? <ErrorAlert error={tpl.error} onRetry={tpl.reload} /> : null}
      {tpl.data ? (
        <NoticeEditor
          initial={fromTemplate(tpl.data, today())}
          conference={tpl.data.conference}
          onSaved={open}
          onIssued={open}
          onDeleted={() => navigate('/notices')}
        />
      ) : !tpl.error && <PageSpinner />}
    </>
  );
}

const RELOAD_AFTER_MS = 500;

function ExistingNotice({ id }: { id: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notice = useAsync(() => fetchNotice(id), [id]);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  // the tasks' status changes as units acknowledge and report: reload, once for a burst of events
  useLiveEvents((e) => {
    if ((e && e.type !== 'task') || pending.current || notice.data?.status === 'draft') return;
    pending.current = setTimeout(() => {
      pending.current = null;
      notice.reload();
    }, RELOAD_AFTER_MS);
  });

  if (notice.error) return <><Back /><ErrorAlert error={notice.error} onRetry={notice.reload} /></>;
  const n = notice.data;
  if (!n || n.id !== id) return <PageSpinner />;
  const editing = n.status === 'draft' && n.canEdit;

  return (
    <>
      <Back />
      <Flex align="center" gap={8} wrap style={{ margin: '8px 0 16px' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {n.status === 'draft' ? t('notices.view.draftTitle') : `${t('notices.title')} ${n.number ?? ''}`}
        </Typography.Title>
        <NoticeStatusTag status={n.status} />
        {n.version > 1 && <Typography.Text type="secondary">{t('notices.view.version', { n: n.version })}</Typography.Text>}
        {n.supersedes && (
          <Link to={`/notices/${n.supersedes.id}`}>{t('notices.correctionOf', { number: n.supersedes.number ?? '' })}</Link>
        )}
      </Flex>
      {n.status !== 'draft' && <Typography.Title level={5} style={{ marginTop: 0 }}>{n.title}</Typography.Title>}
      {editing ? (
        <NoticeEditor
          key={n.updatedAt}
          initial={fromNotice(n)}
          notice={n}
          conference={n.conference}
          onSaved={notice.reload}
          onIssued={notice.reload}
          onDeleted={() => navigate('/notices')}
        />
      ) : (
        <NoticeView notice={n} onCorrected={(draft) => navigate(`/notices/${draft.id}`)} />
      )}
    </>
  );
}
