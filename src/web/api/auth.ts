import type { SessionReply } from '../../server/modules/auth/schema.ts';
import { syncToday } from '../dates.ts';
import { api, setCsrfToken } from './client.ts';

export async function fetchSession(): Promise<SessionReply> {
  const reply = await api.get<SessionReply>('/api/auth/me');
  setCsrfToken(reply.csrfToken);
  syncToday(reply.today);
  return reply;
}

export async function login(username: string, password: string): Promise<SessionReply> {
  const reply = await api.post<SessionReply>('/api/auth/login', { username, password });
  setCsrfToken(reply.csrfToken);
  syncToday(reply.today);
  return reply;
}

export async function logout(): Promise<void> {
  try {
    await api.post('/api/auth/logout');
  } finally {
    setCsrfToken(null);
  }
}
