import { expect } from 'vitest';
import { randomUUID } from 'node:crypto';
import { issueNotice, tasksOfNotice } from '../helpers/task-fixtures.ts';
import type { AccessKit, AreaCases } from './kit.ts';

interface TaskFixtures {
  /** tasks of a Quảng Ninh notice: Hạ Long (district), Hồng Gai (commune), Vàng Danh (commune of Uông Bí), all overdue */
  task: { haLong: number; hongGai: number; vangDanh: number; phucXa: number };
  /** a file on a report of Hồng Gai's task */
  attachment: number;
}

const made = new WeakMap<AccessKit, Promise<TaskFixtures>>();

function taskFixtures(k: AccessKit): () => Promise<TaskFixtures> {
  const seed = async (): Promise<TaskFixtures> => {
    const { u, t } = k;
    const qn = await issueNotice(t.db, 'tinh.quangninh', {
      issuingUnitId: u.quangNinh,
      tasks: [{ seq: 1, text: 'Báo cáo kết quả tiêm chủng', deadline: '2021-12-10T09:00', unitIds: [u.haLong, u.hongGai, u.vangDanh] }],
    });
    const hn = await issueNotice(t.db, 'trunguong', {
      issuingUnitId: u.nation,
      tasks: [{ seq: 1, text: 'Báo cáo số ca mắc', deadline: '2021-12-10T09:00', unitIds: [u.phucXa] }],
    });
    const of = async (noticeId: number, unitId: number) => (await tasksOfNotice(t.db, noticeId)).find((x) => x.unitId === unitId)!.id;
    const task = { haLong: await of(qn.noticeId, u.haLong), hongGai: await of(qn.noticeId, u.hongGai), vangDanh: await of(qn.noticeId, u.vangDanh), phucXa: await of(hn.noticeId, u.phucXa) };
    const res = await k.s.clerk.request({
      method: 'POST', url: `/api/tasks/${task.hongGai}/reports`,
      payload: { clientId: randomUUID(), kind: 'progress', text: 'Kèm danh sách', attachments: [{ fileName: 'ds.csv', mimeType: 'text/csv', dataBase64: Buffer.from('a,b').toString('base64') }] },
    });
    k.status(res, 201);
    return { task, attachment: res.json().reports[0].attachments[0].id };
  };
  return () => {
    if (!made.has(k)) made.set(k, seed());
    return made.get(k)!;
  };
}

export const taskCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const fx = taskFixtures(k);
  const all = () => Object.values(u);
  type Who = typeof s.clerk;
  const post = (who: Who, url: string, payload: object = {}) => () => who.request({ method: 'POST', url, payload });
  const ids = (res: { json(): { items: { id: number }[] } }) => res.json().items.map((x) => x.id);
  const report = (kind = 'progress') => ({ clientId: randomUUID(), kind, text: 'Đang thực hiện' });
  const split = (unitIds: number[]) => ({ clientId: randomUUID(), items: [{ unitIds, title: 'Rà soát', deadline: '2021-12-10T01:00:00.000Z' }] });

  return {
    'GET /api/tasks': {
      anon: () => get('/api/tasks'),
      scope: async () => {
        const { task } = await fx();
        const district = await s.district.request(get('/api/tasks'));
        status(district, 200);
        expect(ids(district)).toContain(task.haLong);
        expect(ids(district)).not.toContain(task.hongGai);
        expect(ids(await s.district.request(get(`/api/tasks?unitId=${u.hongGai}`)))).toContain(task.hongGai);
        const clerk = ids(await s.clerk.request(get('/api/tasks')));
        expect(clerk).toContain(task.hongGai);
        expect(clerk).not.toContain(task.haLong);
        expect(ids(await s.province.request(get('/api/tasks?view=assigned')))).toEqual(expect.arrayContaining([task.haLong, task.hongGai, task.vangDanh]));
        expect(ids(await s.province.request(get('/api/tasks?view=assigned')))).not.toContain(task.phucXa);
        status(await s.clerk.request(get(`/api/tasks?unitId=${u.haLong}`)), 404);
        status(await s.district.request(get(`/api/tasks?unitId=${u.vangDanh}`)), 404);
        status(await s.province.request(get(`/api/tasks?unitId=${u.phucXa}`)), 404);
        status(await s.provinceAdmin.request(get(`/api/tasks?unitId=${u.haNoi}&format=xlsx`)), 404);
        status(await s.viewer.request(get('/api/tasks')), 200);
        expect(ids(await s.admin.request(get(`/api/tasks?unitId=${u.phucXa}`)))).toContain(task.phucXa);
      },
    },
    'GET /api/tasks/overdue': {
      anon: () => get('/api/tasks/overdue'),
      scope: async () => {
        const { task } = await fx();
        const overdue = (res: { json(): { overdueTasks: { items: { id: number }[] } } }) => res.json().overdueTasks.items.map((x) => x.id);
        const district = await s.district.request(get('/api/tasks/overdue?limit=500'));
        status(district, 200);
        expect(overdue(district)).toEqual(expect.arrayContaining([task.haLong, task.hongGai]));
        expect(overdue(district)).not.toContain(task.vangDanh);
        const clerk = overdue(await s.clerk.request(get('/api/tasks/overdue?limit=500')));
        expect(clerk).toContain(task.hongGai);
        expect(clerk).not.toContain(task.haLong);
        const province = await s.province.request(get('/api/tasks/overdue?limit=500'));
        expect(overdue(province)).toEqual(expect.arrayContaining([task.haLong, task.hongGai, task.vangDanh]));
        expect(overdue(province)).not.toContain(task.phucXa);
        expect(overdue(await s.admin.request(get('/api/tasks/overdue?limit=500')))).toContain(task.phucXa);
        status(await s.clerk.request(get(`/api/tasks/overdue?unitId=${u.haLong}`)), 404);
        status(await s.district.request(get(`/api/tasks/overdue?unitId=${u.uongBi}`)), 404);
        status(await s.province.request(get(`/api/tasks/overdue?unitId=${u.haNoi}`)), 404);
        status(await s.province.request(get(`/api/tasks/overdue?unitId=${u.nation}&format=xlsx`)), 404);
        status(await s.viewer.request(get('/api/tasks/overdue')), 200);
      },
    },
    'GET /api/tasks/:id': {
      anon: () => get('/api/tasks/1'),
      scope: async () => {
        const { task } = await fx();
        status(await s.clerk.request(get(`/api/tasks/${task.hongGai}`)), 200);
        for (const id of [task.haLong, task.vangDanh, task.phucXa]) status(await s.clerk.request(get(`/api/tasks/${id}`)), 404);
        status(await s.district.request(get(`/api/tasks/${task.hongGai}`)), 200);
        for (const id of [task.vangDanh, task.phucXa]) status(await s.district.request(get(`/api/tasks/${id}`)), 404);
        status(await s.province.request(get(`/api/tasks/${task.vangDanh}`)), 200);
        status(await s.province.request(get(`/api/tasks/${task.phucXa}`)), 404);
        status(await s.viewer.request(get(`/api/tasks/${task.hongGai}`)), 200);
        status(await s.admin.request(get(`/api/tasks/${task.phucXa}`)), 200);
        status(await s.admin.request(get('/api/tasks/99999999')), 404);
      },
    },
    'POST /api/tasks/:id/acknowledge': {
      anon: () => ({ method: 'POST', url: '/api/tasks/1/acknowledge' }),
      scope: async () => {
        const { task } = await fx();
        const ack = (who: Who, id: number) => post(who, `/api/tasks/${id}/acknowledge`);
        await refusedWrite(403, all(), ack(s.viewer, task.haLong));
        // units above read their children's tasks but do not act for them
        await refusedWrite(403, all(), ack(s.district, task.hongGai));
        await refusedWrite(403, all(), ack(s.province, task.haLong));
        await refusedWrite(404, all(), ack(s.clerk, task.haLong));
        await refusedWrite(404, all(), ack(s.district, task.vangDanh));
        await refusedWrite(404, all(), ack(s.province, task.phucXa));
        status(await ack(s.district, task.haLong)(), 200);
      },
    },
    'POST /api/tasks/:id/split': {
      anon: () => ({ method: 'POST', url: '/api/tasks/1/split', payload: split([1]) }),
      scope: async () => {
        const { task } = await fx();
        const act = (who: Who, id: number, units: number[]) => post(who, `/api/tasks/${id}/split`, split(units));
        await refusedWrite(403, all(), act(s.clerk, task.hongGai, [u.hongGai]));
        await refusedWrite(403, all(), act(s.viewer, task.haLong, [u.hongGai]));
        await refusedWrite(403, all(), act(s.province, task.haLong, [u.hongGai]));
        await refusedWrite(404, all(), act(s.district, task.vangDanh, [u.hongGai]));
        await refusedWrite(404, all(), act(s.province, task.phucXa, [u.phucXa]));
        // only to the unit's own children
        await refusedWrite(422, all(), act(s.district, task.haLong, [u.vangDanh]));
        await refusedWrite(422, all(), act(s.district, task.haLong, [u.phucXa]));
        status(await act(s.district, task.haLong, [u.hongGai, u.bachDang])(), 201);
      },
    },
    'POST /api/tasks/:id/reports': {
      anon: () => ({ method: 'POST', url: '/api/tasks/1/reports', payload: report() }),
      scope: async () => {
        const { task } = await fx();
        const act = (who: Who, id: number, kind = 'progress') => post(who, `/api/tasks/${id}/reports`, report(kind));
        await refusedWrite(403, all(), act(s.viewer, task.haLong));
        await refusedWrite(403, all(), act(s.district, task.hongGai, 'done'));
        await refusedWrite(403, all(), act(s.provinceAdmin, task.vangDanh, 'done'));
        await refusedWrite(404, all(), act(s.clerk, task.vangDanh));
        await refusedWrite(404, all(), act(s.district, task.vangDanh));
        await refusedWrite(404, all(), act(s.province, task.phucXa));
        status(await act(s.clerk, task.hongGai)(), 201);
      },
    },
    'GET /api/tasks/:id/attachments/:attachmentId': {
      anon: () => get('/api/tasks/1/attachments/1'),
      scope: async () => {
        const { task, attachment } = await fx();
        const url = (id: number) => `/api/tasks/${id}/attachments/${attachment}`;
        for (const who of [s.clerk, s.district, s.province, s.viewer, s.admin]) status(await who.request(get(url(task.hongGai))), 200);
        // not through a task it does not belong to, nor for a reader who cannot see the task
        status(await s.province.request(get(url(task.vangDanh))), 404);
        status(await s.clerk.request(get(url(task.haLong))), 404);
        const outside = await k.t.login('trunguong');
        status(await outside.request(get(`/api/tasks/${task.phucXa}/attachments/${attachment}`)), 404);
      },
    },
  };
};
