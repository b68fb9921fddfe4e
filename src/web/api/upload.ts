import type { ImportReply } from '../../server/modules/exchange/schema.ts';
import { ApiError, notifyUnauthorized, query, requestHeaders, toApiError } from './client.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type ImportSummary = ImportReply;

export interface PopulationImportReply {
  imported: number;
}

/** POSTs the raw .xlsx with XMLHttpRequest, because fetch cannot report upload progress. */
export function uploadXlsx<T>(path: string, file: Blob, onProgress: (percent: number) => void): Promise<T> {
  return uploadFile<T>('POST', path, file, XLSX, onProgress);
}

/** Sends a raw file as the request body, reporting upload progress. */
export function uploadFile<T>(method: string, path: string, file: Blob, contentType: string, onProgress: (percent: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    xhr.timeout = 120_000;
    for (const [k, v] of Object.entries(requestHeaders(method, { 'Content-Type': contentType }))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = undefined;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(100);
        resolve(body as T);
      } else {
        notifyUnauthorized(path, xhr.status);
        reject(toApiError(xhr.status, body));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', ''));
    xhr.ontimeout = () => reject(new ApiError(0, 'timeout', ''));
    xhr.send(file);
  });
}

export function uploadImport(
  form: string,
  file: Blob,
  dryRun: boolean,
  onProgress: (percent: number) => void,
): Promise<ImportSummary> {
  return uploadXlsx<ImportSummary>(`/api/reports/import${query({ form, dryRun })}`, file, onProgress);
}

/** Population by age group (administrators only): every row valid, or nothing is applied. */
export function uploadPopulation(file: Blob, onProgress: (percent: number) => void): Promise<PopulationImportReply> {
  return uploadXlsx<PopulationImportReply>('/api/units/population/import', file, onProgress);
}
