import type { Static } from '@sinclair/typebox';
import type {
  OverdueReply, ReportBody, SplitBody, TaskDetail, TaskItem, TaskList, TaskReport,
} from '../../server/modules/tasks/schema.ts';
import type { DeadlineState, TaskStatus } from '../../server/modules/tasks/schema.ts';
import { typeForName } from '../../domain/task-files.ts';
import type { UnitRef } from '../../server/http/common-schema.ts';
import { api, apiLanguage, query } from './client.ts';

export type { OverdueReply, ReportBody, SplitBody, TaskDetail, TaskItem, TaskList, TaskReport };
export type TaskStatusName = Static<typeof TaskStatus>;
export type DeadlineStateName = Static<typeof DeadlineState>;
export type BoardView = 'mine' | 'assigned';

export interface BoardQuery {
  unitId?: number | undefined;
  view?: BoardView | undefined;
}

export const fetchBoard = (q: BoardQuery) => api.get<TaskList>(`/api/tasks${query({ ...q })}`);
export const boardDownloadUrl = (q: BoardQuery) => `/api/tasks${query({ ...q, format: 'xlsx', lang: apiLanguage() })}`;

export const fetchTask = (id: number) => api.get<TaskDetail>(`/api/tasks/${id}`);
export const acknowledgeTask = (id: number) => api.post<TaskDetail>(`/api/tasks/${id}/acknowledge`);
export const splitTask = (id: number, body: SplitBody) => api.post<TaskDetail>(`/api/tasks/${id}/split`, body);
export const reportTask = (id: number, body: ReportBody) => api.post<TaskDetail>(`/api/tasks/${id}/reports`, body);
export const attachmentUrl = (taskId: number, attachmentId: number) => `/api/tasks/${taskId}/attachments/${attachmentId}`;

export interface OverdueParams {
  unitId?: number | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export const fetchOverdue = (q: OverdueParams) => api.get<OverdueReply>(`/api/tasks/overdue${query({ ...q })}`);
export const overdueDownloadUrl = (unitId?: number) => `/api/tasks/overdue${query({ unitId, format: 'xlsx', lang: apiLanguage() })}`;

/** A file as the report form sends it; its type named by its ending (browsers differ: a CSV may come as Excel or as nothing). */
export function fileToAttachment(file: File): Promise<{ fileName: string; mimeType: string; dataBase64: string }> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve({ fileName: file.name, mimeType: typeForName(file.name) ?? (file.type || 'application/octet-stream'), dataBase64: url.slice(url.indexOf(',') + 1) });
    };
    reader.readAsDataURL(file);
  });
}

export const fetchChildUnits = (unitId: number) => api.get<UnitRef[]>(`/api/units/${unitId}/children`);
