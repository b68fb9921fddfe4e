import type { EmailStatus, Notification, NotificationList, ReadReply } from '../../server/modules/notifications/schema.ts';
import { api } from './client.ts';

export type { EmailStatus, Notification, NotificationList };

export const fetchNotifications = () => api.get<NotificationList>('/api/notifications');
export const markNotificationRead = (id: number) => api.post<ReadReply>(`/api/notifications/${id}/read`);
export const markAllNotificationsRead = () => api.post<ReadReply>('/api/notifications/read-all');
export const fetchEmailStatus = () => api.get<EmailStatus>('/api/notifications/email-status');
