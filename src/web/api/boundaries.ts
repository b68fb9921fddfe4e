import type { BoundaryImportReply, BoundaryStatus } from '../../server/modules/boundaries/schema.ts';
import { api, query } from './client.ts';
import { uploadFile } from './upload.ts';

export type { BoundaryImportReply, BoundaryStatus };

export function fetchBoundaryStatus(): Promise<BoundaryStatus> {
  return api.get<BoundaryStatus>('/api/boundaries/status');
}

/** Loads a GeoJSON FeatureCollection keyed by GSO code: every feature valid, or nothing is loaded. */
export function uploadBoundaries(file: Blob, onProgress: (percent: number) => void): Promise<BoundaryImportReply> {
  return uploadFile<BoundaryImportReply>('PUT', '/api/boundaries', file, 'application/geo+json', onProgress);
}

export function clearBoundaries(level: number): Promise<{ deleted: number }> {
  return api.delete<{ deleted: number }>(`/api/boundaries${query({ level })}`);
}
