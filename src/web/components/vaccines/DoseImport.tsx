import { Alert, Button, Flex, Progress, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query, type RowError } from '../../api/client.ts';
import { uploadWithProgress, type StreamProgress } from '../../api/upload.ts';
import type { DoseImportReply } from '../../api/vaccines.ts';
import { useFormat } from '../../hooks/useFormat.ts';
import { useXlsxUpload } from '../../hooks/useXlsxUpload.ts';
import { RegisterDropZone } from '../people/RegisterDropZone.tsx';

/**
 * One bar for the whole run: the upload, then the check, then (when applying) the writing, each
 * a share of it. The check reports only its end, so the bar waits at its start meanwhile.
 */
function percentOf(p: StreamProgress, checkOnly: boolean): number {
  const [upload, check] = checkOnly ? [40, 60] : [20, 20];
  if (p.stage === 'upload') return Math.round((p.percent * upload) / 100);
  const share = p.total ? p.done / p.total : 0;
  return Math.floor(p.stage === 'check' ? upload + share * check : upload + check + share * (100 - upload - check));
}

/** Doses from a CSV or Excel file: check first, then import; every bad row listed, nothing applied until all are valid. */
export function DoseImport({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const { num } = useFormat();
  const [checkOnly, setCheckOnly] = useState(true);
  const upload = useXlsxUpload<DoseImportReply, StreamProgress>(async (file, dryRun, onProgress) => {
    setCheckOnly(dryRun);
    const reply = await uploadWithProgress<DoseImportReply>(`/api/doses/import${query({ dryRun })}`, file, 'application/octet-stream', onProgress);
    if (!dryRun) onDone();
    return reply;
  }, { stage: 'upload', percent: 0 });
  const { progress, outcome } = upload;

  return (
    <Flex vertical gap={12}>
      <Alert type="info" title={t('vaccines.import.columns')} />
      <RegisterDropZone file={upload.file} disabled={upload.busy} prompt={t('vaccines.import.prompt')} refused={t('vaccines.import.refused')}
        onPick={upload.pick} onReject={upload.reject} />
      <Flex gap={8}>
        <Button disabled={!upload.file || upload.busy} onClick={() => void upload.run(true)} data-testid="dose-import-check">{t('vaccines.import.check')}</Button>
        <Button type="primary" disabled={!upload.file || upload.busy} onClick={() => void upload.run(false)} data-testid="dose-import-apply">{t('vaccines.import.apply')}</Button>
      </Flex>
      {progress !== null && (
        <div data-testid="dose-import-progress">
          <Typography.Text type="secondary">
            {progress.stage === 'upload'
              ? t('vaccines.import.uploading')
              : progress.stage === 'check' ? t('vaccines.import.checking', { total: num(progress.total) }) : t('vaccines.import.writing')}
          </Typography.Text>
          <Progress status="active" percent={percentOf(progress, checkOnly)} />
        </div>
      )}
      {outcome?.kind === 'ok' && (
        <Alert type="success" data-testid="dose-import-done"
          title={t(outcome.dryRun ? 'vaccines.import.checked' : 'vaccines.import.done', { rows: num(outcome.reply.rows), created: num(outcome.reply.created), skipped: num(outcome.reply.skipped) })} />
      )}
      {outcome && outcome.kind !== 'ok' && <Alert type="error" title={outcome.message} data-testid="dose-import-error" />}
      {outcome?.kind === 'rows' && (
        <Table<RowError>
          data-testid="dose-import-rows"
          size="small"
          rowKey="row"
          pagination={{ pageSize: 50 }}
          dataSource={outcome.rows}
          columns={[
            { title: t('vaccines.import.row'), dataIndex: 'row', width: 80 },
            { title: t('vaccines.import.errors'), key: 'e', render: (_: unknown, r: RowError) => r.errors.map((e) => `${e.field}: ${e.message}`).join('; ') },
          ]}
        />
      )}
    </Flex>
  );
}
