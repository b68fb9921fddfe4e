import { Alert, App, Button, Card, Popconfirm, Progress, Space, Table, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { clearBoundaries, fetchBoundaryStatus, uploadBoundaries, type BoundaryStatus } from '../api/boundaries.ts';
import { errorMessage } from '../api/client.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useAsync } from '../hooks/useAsync.ts';
import { useFormat } from '../hooks/useFormat.ts';
import { useXlsxUpload } from '../hooks/useXlsxUpload.ts';

type LevelRow = BoundaryStatus['levels'][number];
const MAX_MB = 20;
const GEOJSON_TYPES = '.geojson,.json,application/geo+json,application/json';

/** Administrators load unit boundaries (GeoJSON keyed by GSO code) for the levels map, see what is loaded, and clear a level. */
export default function BoundariesPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { message } = App.useApp();
  const status = useAsync(() => fetchBoundaryStatus(), []);
  const upload = useXlsxUpload((file, _dryRun, onProgress) => uploadBoundaries(file, onProgress));
  const { file, progress, outcome, busy } = upload;

  const run = async () => {
    await upload.run();
    status.reload();
  };
  const clear = async (level: number) => {
    try {
      const r = await clearBoundaries(level);
      message.success(t('publicPortal.boundaries.cleared', { n: f.num(r.deleted) }));
      status.reload();
    } catch (e) {
      message.error(errorMessage(e, t));
    }
  };
  const levelName = (l: number) => t(`publicPortal.boundaries.levels.${String(Math.min(3, Math.max(1, l))) as '1' | '2' | '3'}`);

  const columns: ColumnsType<LevelRow> = [
    { key: 'level', title: t('publicPortal.boundaries.level'), render: (_, r) => levelName(r.level) },
    { key: 'units', title: t('publicPortal.boundaries.total'), align: 'right', className: 'ec-num', render: (_, r) => f.num(r.units) },
    { key: 'loaded', title: t('publicPortal.boundaries.loaded'), align: 'right', className: 'ec-num', render: (_, r) => f.num(r.loaded) },
    {
      key: 'missing',
      title: t('publicPortal.boundaries.missing'),
      align: 'right',
      className: 'ec-num',
      render: (_, r) => f.num(Math.max(0, r.units - r.loaded)),
    },
    {
      key: 'share',
      title: '',
      width: 160,
      render: (_, r) => <Progress percent={r.units ? Math.round((r.loaded / r.units) * 100) : 0} size="small" />,
      responsive: ['md'],
    },
    { key: 'at', title: t('publicPortal.boundaries.updatedAt'), render: (_, r) => f.dateTime(r.lastLoadedAt) },
    {
      key: 'clear',
      title: '',
      render: (_, r) =>
        r.loaded > 0 ? (
          <Popconfirm
            title={t('publicPortal.boundaries.clearConfirm', { level: levelName(r.level) })}
            onConfirm={() => clear(r.level)}
            okButtonProps={{ danger: true }}
          >
            <Button size="small" danger data-testid={`boundaries-clear-${r.level}`}>
              {t('publicPortal.boundaries.clear')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];

  return (
    <>
      <Typography.Title level={3} className="ec-page-title">
        {t('publicPortal.boundaries.title')}
      </Typography.Title>
      <Space orientation="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('publicPortal.boundaries.intro')}
        </Typography.Paragraph>
        {status.error ? <ErrorAlert error={status.error} onRetry={status.reload} /> : null}
        <Card size="small">
          <Table<LevelRow>
            size="small"
            rowKey="level"
            loading={!status.data && !status.error}
            columns={columns}
            dataSource={status.data?.levels.filter((l) => l.level > 0) ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            data-testid="boundaries-status"
          />
        </Card>
        <Card size="small" title={t('publicPortal.boundaries.upload')}>
          <Upload.Dragger
            accept={GEOJSON_TYPES}
            multiple={false}
            showUploadList={false}
            disabled={busy}
            beforeUpload={(picked) => {
              if (picked.size > MAX_MB * 1024 * 1024) upload.reject(t('publicPortal.boundaries.fileTooLarge', { mb: MAX_MB }));
              else upload.pick(picked);
              return Upload.LIST_IGNORE;
            }}
            data-testid="boundaries-upload"
          >
            <p style={{ margin: '12px 0' }}>{file ? <strong>{file.name}</strong> : t('publicPortal.boundaries.drop')}</p>
          </Upload.Dragger>
          <Button type="primary" style={{ marginTop: 12 }} onClick={() => void run()} disabled={!file || busy} data-testid="boundaries-import">
            {t('publicPortal.boundaries.import')}
          </Button>
          {progress !== null && (
            <div style={{ marginTop: 12 }}>
              <Typography.Text type="secondary">{t('publicPortal.boundaries.uploading')}</Typography.Text>
              <Progress percent={progress} status="active" data-testid="boundaries-progress" />
            </div>
          )}
        </Card>
        {outcome?.kind === 'error' && <Alert type="error" showIcon title={outcome.message} data-testid="boundaries-error" />}
        {outcome?.kind === 'rows' && (
          <Card size="small">
            <Alert
              type="error"
              showIcon
              title={outcome.message}
              description={t('publicPortal.boundaries.rejected', { n: f.num(outcome.rows.length) })}
              style={{ marginBottom: 12 }}
            />
            <Table
              size="small"
              rowKey={(r) => r.key}
              columns={[
                { key: 'row', title: t('publicPortal.boundaries.feature'), dataIndex: 'row', width: 100, className: 'ec-num' },
                { key: 'message', title: t('publicPortal.boundaries.error'), dataIndex: 'message' },
              ]}
              dataSource={outcome.rows.flatMap((r) => r.errors.map((e, i) => ({ key: `${r.row}-${i}`, row: r.row, message: e.message })))}
              pagination={outcome.rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
              data-testid="boundaries-errors"
            />
          </Card>
        )}
        {outcome?.kind === 'ok' && (
          <Alert
            type="success"
            showIcon
            data-testid="boundaries-result"
            title={t('publicPortal.boundaries.result', { saved: f.num(outcome.reply.loaded) })}
            description={[
              outcome.reply.byLevel
                .filter((l) => l.units > 0)
                .map((l) => `${levelName(l.level)}: ${f.num(l.units)}`)
                .join(' · '),
              t('publicPortal.boundaries.codeKey', { key: outcome.reply.codeKey }),
            ].join('. ')}
          />
        )}
      </Space>
    </>
  );
}
