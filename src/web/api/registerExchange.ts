import type { ImportKind } from '../../domain/register-import.ts';
import type { ImportReply } from '../../server/modules/register-exchange/schema.ts';
import { apiLanguage, query } from './client.ts';
import { uploadXlsx } from './upload.ts';

export type { ImportKind, ImportReply };

export function registerTemplateUrl(kind: ImportKind): string {
  return `/api/register-exchange/template${query({ kind, lang: apiLanguage() })}`;
}

/** The raw file (xlsx or csv: the server tells them apart) with upload progress. */
export function uploadRegister(kind: ImportKind, file: Blob, dryRun: boolean, onProgress: (percent: number) => void): Promise<ImportReply> {
  return uploadXlsx<ImportReply>(`/api/register-exchange/import${query({ kind, dryRun })}`, file, onProgress);
}
