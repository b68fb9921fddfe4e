import { expect } from 'vitest';
import { sql } from '../../src/server/db/sql.ts';
import type { AreaCases } from './kit.ts';

/** Reminders are per unit: a user reads and marks only those of their own unit. */
export const notificationCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  let made: Promise<Record<'hongGai' | 'haLong' | 'uongBi', { task: number; notification: number }>> | null = null;

  /** a task of each of Hồng Gai, Hạ Long and Uông Bí, each with a due-soon reminder to its unit */
  const fixtures = () =>
    (made ??= (async () => {
      const [user] = await k.t.db.query<{ id: number }>(sql`select id from app_user where username = 'tinh.quangninh'`);
      const one = async (unitId: number, title: string) => {
        const [t] = await k.t.db.query<{ id: number }>(sql`
          insert into task (unit_id, from_unit_id, title, deadline, created_by)
          values (${unitId}, ${u.quangNinh}, ${title}, now() + interval '3 hours', ${user!.id}) returning id`);
        const [n] = await k.t.db.query<{ id: number }>(sql`
          insert into unit_notification (unit_id, task_id, kind) values (${unitId}, ${t!.id}, 'due_soon') returning id`);
        return { task: t!.id, notification: n!.id };
      };
      return {
        hongGai: await one(u.hongGai, 'Nhắc việc Hồng Gai'),
        haLong: await one(u.haLong, 'Nhắc việc Hạ Long'),
        uongBi: await one(u.uongBi, 'Nhắc việc Uông Bí'),
      };
    })());
  const taskIds = (res: { json(): { items: { task: { id: number } }[] } }) => res.json().items.map((n) => n.task.id);
  const post = (who: typeof s.clerk, url: string) => () => who.request({ method: 'POST', url, payload: {} });

  return {
    'GET /api/notifications': {
      anon: () => get('/api/notifications'),
      scope: async () => {
        const f = await fixtures();
        const clerk = await s.clerk.request(get('/api/notifications'));
        status(clerk, 200);
        expect(taskIds(clerk)).toContain(f.hongGai.task);
        expect(taskIds(clerk)).not.toContain(f.haLong.task);
        // the district hears of its own tasks, not of its communes' (their overdue ones rise to whoever assigned them)
        const district = await s.district.request(get('/api/notifications'));
        expect(taskIds(district)).toContain(f.haLong.task);
        expect(taskIds(district)).not.toContain(f.hongGai.task);
        expect(taskIds(district)).not.toContain(f.uongBi.task);
        const province = await s.province.request(get('/api/notifications'));
        expect(taskIds(province)).not.toContain(f.hongGai.task);
        expect(taskIds(await s.viewer.request(get('/api/notifications')))).toContain(f.haLong.task);
      },
    },
    'POST /api/notifications/:id/read': {
      anon: () => ({ method: 'POST', url: '/api/notifications/1/read', payload: {} }),
      scope: async () => {
        const f = await fixtures();
        const all = Object.values(u);
        await refusedWrite(404, all, post(s.clerk, `/api/notifications/${f.haLong.notification}/read`));
        await refusedWrite(404, all, post(s.district, `/api/notifications/${f.hongGai.notification}/read`));
        await refusedWrite(404, all, post(s.province, `/api/notifications/${f.uongBi.notification}/read`));
        await refusedWrite(404, all, post(s.admin, `/api/notifications/${f.uongBi.notification}/read`));
        await refusedWrite(403, all, post(s.viewer, `/api/notifications/${f.haLong.notification}/read`));
        const ok = await post(s.district, `/api/notifications/${f.haLong.notification}/read`)();
        status(ok, 200);
      },
    },
    'POST /api/notifications/read-all': {
      anon: () => ({ method: 'POST', url: '/api/notifications/read-all', payload: {} }),
      scope: async () => {
        const f = await fixtures();
        await refusedWrite(403, Object.values(u), post(s.viewer, '/api/notifications/read-all'));
        status(await post(s.clerk, '/api/notifications/read-all')(), 200);
        // only the clerk's own unit
        const [uongBi] = await k.t.db.query<{ readAt: Date | null }>(sql`
          select read_at as "readAt" from unit_notification where id = ${f.uongBi.notification}`);
        expect(uongBi!.readAt).toBeNull();
      },
    },
    'GET /api/notifications/email-status': {
      anon: () => get('/api/notifications/email-status'),
      scope: async () => {
        for (const who of [s.clerk, s.district, s.province, s.viewer]) status(await who.request(get('/api/notifications/email-status')), 403);
        status(await s.provinceAdmin.request(get('/api/notifications/email-status')), 200);
        const national = await s.admin.request(get('/api/notifications/email-status'));
        status(national, 200);
        expect(national.json().smtpConfigured).toBe(false);
      },
    },
  };
};
