import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { AccessKit, AreaCases } from './kit.ts';

interface NoticeFixtures {
  /** Quảng Ninh's draft with a task for Hạ Long */
  provinceDraft: number;
  /** Quảng Ninh's issued notice with tasks for Hạ Long and Uông Bí */
  provinceIssued: number;
  /** Hạ Long's own draft */
  districtDraft: number;
  /** Hà Nội's issued notice with a task for Ba Đình */
  haNoiIssued: number;
  /** a Hà Nội conference */
  haNoiConference: number;
}

const DEADLINE = '2021-12-12T10:00:00.000Z';

const notice = (issuingUnitId: number, title: string, unitIds: number[], number: string | null = null) => ({
  issuingUnitId,
  issuingBody: 'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19',
  title,
  number,
  issuedOn: '2021-12-10',
  tasks: unitIds.length ? [{ text: 'Rà soát người chưa tiêm', unitIds, deadline: DEADLINE, reportExpected: '' }] : [],
});

function noticeFixtures(k: AccessKit): () => Promise<NoticeFixtures> {
  let made: Promise<NoticeFixtures> | undefined;
  const create = async (who: AccessKit['s']['admin'], payload: object, issue = false) => {
    const res = await who.request({ method: 'POST', url: '/api/notices', payload });
    k.status(res, 201);
    const id = res.json().id as number;
    if (issue) k.status(await who.request({ method: 'POST', url: `/api/notices/${id}/issue`, payload: {} }), 200);
    return id;
  };
  const seed = async (): Promise<NoticeFixtures> => {
    const { s, u } = k;
    const [conf] = await k.t.db.query<{ id: number }>({
      text: `insert into conference (host_unit_id, title, starts_at, created_by) values ($1, 'Hội nghị Hà Nội', '2021-12-09T01:00:00Z', 1) returning id`,
      values: [u.haNoi],
    });
    return {
      provinceDraft: await create(s.province, notice(u.quangNinh, 'Dự thảo của tỉnh', [u.haLong])),
      provinceIssued: await create(s.province, notice(u.quangNinh, 'Thông báo của tỉnh', [u.haLong, u.uongBi], '1/TB-BCĐ'), true),
      districtDraft: await create(s.district, notice(u.haLong, 'Dự thảo của Hạ Long', [u.hongGai])),
      haNoiIssued: await create(s.admin, notice(u.haNoi, 'Thông báo của Hà Nội', [u.baDinh], '1/TB-BCĐ'), true),
      haNoiConference: conf!.id,
    };
  };
  return () => (made ??= seed());
}

const ids = (res: LightMyRequestResponse) => (res.json() as { id: number }[]).map((n) => n.id);

export const noticeCases: AreaCases = (k) => {
  const { s, u, status, get, refusedWrite } = k;
  const fx = noticeFixtures(k);
  const all = () => Object.values(u);
  type Who = typeof s.clerk;
  const req = (who: Who, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => () =>
    who.request({ method, url, ...(method === 'DELETE' ? {} : { payload: payload ?? {} }) });

  return {
    'GET /api/notices': {
      anon: () => get('/api/notices'),
      scope: async () => {
        const f = await fx();
        const district = ids(await s.district.request(get('/api/notices')));
        expect(district).toEqual(expect.arrayContaining([f.provinceIssued, f.districtDraft]));
        expect(district).not.toContain(f.provinceDraft);
        expect(district).not.toContain(f.haNoiIssued);
        const clerk = ids(await s.clerk.request(get('/api/notices')));
        for (const id of Object.values(f)) expect(clerk).not.toContain(id);
        const province = ids(await s.province.request(get('/api/notices')));
        expect(province).toEqual(expect.arrayContaining([f.provinceDraft, f.provinceIssued, f.districtDraft]));
        expect(province).not.toContain(f.haNoiIssued);
        status(await s.province.request(get(`/api/notices?unitId=${u.haNoi}`)), 404);
        status(await s.district.request(get(`/api/notices?unitId=${u.quangNinh}`)), 404);
        status(await s.province.request(get('/api/notices?format=xlsx')), 200);
        expect(ids(await s.viewer.request(get('/api/notices')))).toContain(f.provinceIssued);
        expect(ids(await s.admin.request(get('/api/notices')))).toContain(f.haNoiIssued);
      },
    },
    'GET /api/notices/template': {
      anon: () => get('/api/notices/template'),
      scope: async () => {
        const f = await fx();
        const own = await s.clerk.request(get('/api/notices/template'));
        status(own, 200);
        expect(own.json().issuingUnit.id).toBe(u.hongGai);
        status(await s.district.request(get(`/api/notices/template?unitId=${u.uongBi}`)), 404);
        status(await s.province.request(get(`/api/notices/template?conferenceId=${f.haNoiConference}`)), 404);
        status(await s.admin.request(get(`/api/notices/template?conferenceId=${f.haNoiConference}`)), 200);
      },
    },
    'POST /api/notices': {
      anon: () => ({ method: 'POST', url: '/api/notices', payload: notice(u.haLong, 'x', []) }),
      scope: async () => {
        await fx();
        await refusedWrite(403, all(), req(s.clerk, 'POST', '/api/notices', notice(u.hongGai, 'Của xã', [])));
        await refusedWrite(403, all(), req(s.viewer, 'POST', '/api/notices', notice(u.haLong, 'Của người xem', [])));
        await refusedWrite(404, all(), req(s.district, 'POST', '/api/notices', notice(u.uongBi, 'Của Uông Bí', [])));
        await refusedWrite(404, all(), req(s.province, 'POST', '/api/notices', notice(u.haNoi, 'Của Hà Nội', [])));
        // responsible units must be under the issuing unit
        await refusedWrite(422, all(), req(s.district, 'POST', '/api/notices', notice(u.haLong, 'Giao Vàng Danh', [u.vangDanh])));
        status(await req(s.district, 'POST', '/api/notices', notice(u.haLong, 'Của Hạ Long', [u.bachDang]))(), 201);
      },
    },
    'GET /api/notices/:id': {
      anon: () => get('/api/notices/1'),
      scope: async () => {
        const f = await fx();
        status(await s.district.request(get(`/api/notices/${f.provinceIssued}`)), 200);
        status(await s.district.request(get(`/api/notices/${f.provinceDraft}`)), 404);
        status(await s.district.request(get(`/api/notices/${f.haNoiIssued}`)), 404);
        status(await s.clerk.request(get(`/api/notices/${f.provinceIssued}`)), 404);
        status(await s.clerk.request(get(`/api/notices/${f.districtDraft}`)), 404);
        status(await s.province.request(get(`/api/notices/${f.haNoiIssued}`)), 404);
        status(await s.viewer.request(get(`/api/notices/${f.provinceIssued}`)), 200);
        status(await s.admin.request(get(`/api/notices/${f.haNoiIssued}`)), 200);
        status(await s.admin.request(get('/api/notices/99999999')), 404);
        // a district reads the live status of its own tasks only
        const d = (await s.district.request(get(`/api/notices/${f.provinceIssued}`))).json();
        expect(d.tasks[0].progress.map((p: { unit: { id: number } }) => p.unit.id)).toEqual([u.haLong]);
      },
    },
    'PUT /api/notices/:id': {
      anon: () => ({ method: 'PUT', url: '/api/notices/1', payload: notice(u.haLong, 'x', []) }),
      scope: async () => {
        const f = await fx();
        const put = (who: Who, id: number, unitId = u.haLong) => req(who, 'PUT', `/api/notices/${id}`, notice(unitId, 'Sửa', []));
        await refusedWrite(403, all(), put(s.clerk, f.districtDraft));
        await refusedWrite(403, all(), put(s.viewer, f.districtDraft));
        await refusedWrite(404, all(), put(s.district, f.provinceDraft, u.quangNinh));
        await refusedWrite(403, all(), put(s.district, f.provinceIssued, u.quangNinh));
        await refusedWrite(404, all(), put(s.province, f.haNoiIssued, u.haNoi));
        await refusedWrite(409, all(), put(s.province, f.provinceIssued, u.quangNinh));
        // nor may a draft be moved to a unit out of scope
        await refusedWrite(404, all(), put(s.district, f.districtDraft, u.uongBi));
        status(await put(s.district, f.districtDraft)(), 200);
        status(await put(s.province, f.districtDraft)(), 200);
      },
    },
    'DELETE /api/notices/:id': {
      anon: () => ({ method: 'DELETE', url: '/api/notices/1' }),
      scope: async () => {
        const f = await fx();
        const del = (who: Who, id: number) => req(who, 'DELETE', `/api/notices/${id}`);
        await refusedWrite(403, all(), del(s.clerk, f.districtDraft));
        await refusedWrite(403, all(), del(s.viewer, f.districtDraft));
        await refusedWrite(404, all(), del(s.district, f.provinceDraft));
        await refusedWrite(404, all(), del(s.province, f.haNoiIssued));
        await refusedWrite(409, all(), del(s.province, f.provinceIssued));
        const spare = await s.district.request({ method: 'POST', url: '/api/notices', payload: notice(u.haLong, 'Để xoá', []) });
        status(await del(s.district, spare.json().id)(), 204);
      },
    },
    'POST /api/notices/:id/issue': {
      anon: () => ({ method: 'POST', url: '/api/notices/1/issue', payload: {} }),
      scope: async () => {
        const f = await fx();
        const issue = (who: Who, id: number) => req(who, 'POST', `/api/notices/${id}/issue`);
        await refusedWrite(403, all(), issue(s.clerk, f.districtDraft));
        await refusedWrite(403, all(), issue(s.viewer, f.districtDraft));
        await refusedWrite(404, all(), issue(s.district, f.provinceDraft));
        await refusedWrite(403, all(), issue(s.district, f.provinceIssued));
        await refusedWrite(404, all(), issue(s.province, f.haNoiIssued));
        await refusedWrite(409, all(), issue(s.province, f.provinceIssued));
        // without a number it cannot be issued
        await refusedWrite(422, all(), issue(s.province, f.provinceDraft));
        const draft = await s.district.request({ method: 'POST', url: '/api/notices', payload: notice(u.haLong, 'Ban hành', [u.hongGai], '7/TB-BCĐ') });
        status(await issue(s.district, draft.json().id)(), 200);
      },
    },
    'POST /api/notices/:id/correct': {
      anon: () => ({ method: 'POST', url: '/api/notices/1/correct', payload: {} }),
      scope: async () => {
        const f = await fx();
        const correct = (who: Who, id: number) => req(who, 'POST', `/api/notices/${id}/correct`);
        await refusedWrite(403, all(), correct(s.clerk, f.provinceIssued));
        await refusedWrite(403, all(), correct(s.viewer, f.provinceIssued));
        await refusedWrite(403, all(), correct(s.district, f.provinceIssued));
        await refusedWrite(404, all(), correct(s.province, f.haNoiIssued));
        await refusedWrite(409, all(), correct(s.province, f.provinceDraft));
        status(await correct(s.province, f.provinceIssued)(), 201);
      },
    },
    'GET /api/notices/:id/pdf': {
      anon: () => get('/api/notices/1/pdf'),
      scope: async () => {
        const f = await fx();
        status(await s.clerk.request(get(`/api/notices/${f.provinceIssued}/pdf`)), 404);
        status(await s.province.request(get(`/api/notices/${f.haNoiIssued}/pdf`)), 404);
        status(await s.district.request(get(`/api/notices/${f.provinceDraft}/pdf`)), 404);
        const d = await s.district.request(get(`/api/notices/${f.provinceIssued}/pdf`));
        status(d, 200);
        expect(d.headers['content-type']).toBe('application/pdf');
      },
    },
  };
};
