import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dosesNeeded } from '../src/server/modules/campaigns/needs.ts';
import { findUnit } from '../src/server/modules/orgunits/repository.ts';
import { TEST_TODAY } from './helpers/constants.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { addPerson } from './helpers/quarantine-fixtures.ts';

let t: TestApp;
let hongGai: number;
let bachDang: number;
let vangDanh: number;
let haLong: number;
let quangNinh: number;
let pfizer: number;
let clerk: Session;
let district: Session;
let province: Session;

beforeAll(async () => {
  t = await createTestApp();
  [hongGai, bachDang, vangDanh, haLong, quangNinh] = (await Promise.all(['06691', '06694', '06808', '193', '22'].map((c) => unitId(t.db, c)))) as [number, number, number, number, number];
  pfizer = (await t.db.query<{ id: number }>({ text: `select id from vaccine_product where code = 'PFIZER'`, values: [] }))[0]!.id;
  clerk = await t.login('xa.honggai');
  district = await t.login('tp.halong');
  province = await t.login('tinh.quangninh');
});
afterAll(() => t.close());

const lots = { soon: ['FK1234', '2021-12-25'], late: ['FL5678', '2022-06-30'], expired: ['EX0001', '2021-12-01'] } as const;
const lotIds: Record<string, number> = {};

async function move(who: Session, unitId: number, lot: keyof typeof lots, kind: string, quantity: number, extra: object = {}) {
  const [lotCode, expiryDate] = lots[lot];
  const payload = lotIds[lot] ? { unitId, lotId: lotIds[lot], kind, quantity, ...extra } : { unitId, lot: { productId: pfizer, lotCode, expiryDate }, kind, quantity, ...extra };
  const res = await who.request({ method: 'POST', url: '/api/stock/movements', payload });
  if (res.statusCode === 201) lotIds[lot] = res.json().lot.id;
  return res;
}

const stock = async (who: Session, unitId: number) => (await who.request({ method: 'GET', url: `/api/stock?unitId=${unitId}` })).json();
const row = (reply: { balances: { unit: { id: number }; lot: { code: string } }[] }, unit: number, lot: keyof typeof lots) =>
  reply.balances.find((b) => b.unit.id === unit && b.lot.code === lots[lot][0]);

describe('stock ledger', () => {
  it('records receipts (creating the lot), waste within the balance, and retries once', async () => {
    const res = await move(district, bachDang, 'soon', 'received', 200, { clientId: '6f1c1d2e-1a7b-4c55-9a0e-3b1c0f1d2e01' });
    expect(res.statusCode, res.body).toBe(201);
    const again = await move(district, bachDang, 'soon', 'received', 200, { clientId: '6f1c1d2e-1a7b-4c55-9a0e-3b1c0f1d2e01' });
    expect(again.json().id).toBe(res.json().id);
    expect((await move(district, bachDang, 'late', 'received', 100)).statusCode).toBe(201);
    expect((await move(district, bachDang, 'expired', 'received', 50)).statusCode).toBe(201);
    // a dose given from the lot draws on the stock
    const person = await addPerson(t.db, bachDang, 'Trần Văn Tiêm');
    await t.db.query({
      text: `insert into vaccine_dose (person_id, product_id, lot_id, dose_number, kind, given_on, unit_id) values ($1, $2, $3, 1, 'primary', $4, $5)`,
      values: [person, pfizer, lotIds.soon, TEST_TODAY, bachDang],
    });
    const over = await move(district, bachDang, 'soon', 'wasted', 1000);
    expect(over.statusCode).toBe(422);
    expect(over.json().error.fields[0].field).toBe('quantity');
    expect((await move(district, bachDang, 'soon', 'wasted', 10)).statusCode).toBe(201);
    // a commune clerk cannot record in another commune
    expect((await move(clerk, bachDang, 'soon', 'received', 5)).statusCode).toBe(404);
    const audit = await t.db.query({ text: `select count(*)::int as n from audit_log where entity = 'stock_movement'`, values: [] });
    expect(audit[0]).toEqual({ n: 4 });
  });

  it('gives balances by unit and lot and flags lots expiring or expired with a balance', async () => {
    const reply = await stock(district, haLong);
    expect(row(reply, bachDang, 'soon')).toMatchObject({ received: 200, given: 1, wasted: 10, balance: 189, expiry: 'soon' });
    expect(row(reply, bachDang, 'late')).toMatchObject({ balance: 100, expiry: 'ok' });
    expect(reply.alerts.map((a: { lot: { code: string } }) => a.lot.code).sort()).toEqual(['EX0001', 'FK1234']);
    const bd = reply.gaps.find((g: { unit: { id: number } }) => g.unit.id === bachDang);
    expect(bd).toMatchObject({ usable: 289, need: 0, gap: 289 });
    // the commune sees only its own (empty) stock
    expect((await stock(clerk, hongGai)).balances).toEqual([]);
  });

  it('exports the balances and the surplus or shortage to Excel and CSV', async () => {
    const csv = await district.request({ method: 'GET', url: `/api/stock?unitId=${haLong}&format=csv` });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('.csv');
    const lines = csv.body.replace('\uFEFF', '').split('\r\n');
    expect(lines[0]).toBe('Đơn vị,Vắc xin,Số lô,Hạn dùng,Nhận,Chuyển đến,Chuyển đi,Hủy/hỏng,Điều chỉnh,Đã tiêm,Tồn,Tình trạng hạn dùng');
    expect(lines.some((l) => /,200,0,0,10,0,1,189,Sắp hết hạn$/.test(l))).toBe(true);
    expect(lines.some((l) => l.endsWith(',289,0,289'))).toBe(true);
    const xlsx = await district.request({ method: 'GET', url: `/api/stock?unitId=${haLong}&format=xlsx&lang=en` });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await clerk.request({ method: 'GET', url: `/api/stock?unitId=${haLong}&format=csv` })).statusCode).toBe(404);
  });
});

describe('transfer plan', () => {
  let needHG = 0;
  let plan: { id: number; transfers: { id: number; from: { id: number }; to: { id: number }; lot: { code: string }; quantity: number }[] };

  it('moves surplus to the unit short of doses: expiring lots first, nearest units first, none below its own need', async () => {
    expect((await move(province, vangDanh, 'late', 'received', 100_000)).statusCode).toBe(201);
    const [{ id: campaign }] = (await t.db.query<{ id: number }>({ text: `insert into vaccination_campaign (unit_id, name) values ($1, 'Tiêm Hồng Gai') returning id`, values: [hongGai] })) as [{ id: number }];
    await t.db.query({ text: `insert into campaign_target (campaign_id, age_group, stage, target_share, due_date) values ($1, '18+', 'dose1', 1, '2021-12-31')`, values: [campaign] });
    const hg = (await findUnit(t.db, hongGai))!;
    needHG = (await dosesNeeded(t.db, [hg], TEST_TODAY)).get(hongGai)!;
    expect(needHG).toBeGreaterThan(289);

    expect((await district.request({ method: 'POST', url: '/api/stock/plans', payload: { provinceId: quangNinh } })).statusCode).toBe(403);
    const res = await province.request({ method: 'POST', url: '/api/stock/plans', payload: { provinceId: quangNinh } });
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json();
    expect(plan.transfers.map((x) => [x.from.id, x.to.id, x.lot.code, x.quantity])).toEqual([
      [bachDang, hongGai, 'FK1234', 189],
      [bachDang, hongGai, 'FL5678', 100],
      [vangDanh, hongGai, 'FL5678', needHG - 289],
    ]);
  });

  it('is edited and accepted by the province officer, then frozen', async () => {
    const [soon, late, far] = plan.transfers;
    expect((await district.request({ method: 'PATCH', url: `/api/stock/transfers/${far!.id}`, payload: { quantity: 50 } })).statusCode).toBe(403);
    const over = await province.request({ method: 'PATCH', url: `/api/stock/transfers/${soon!.id}`, payload: { quantity: 500 } });
    expect(over.statusCode).toBe(422);
    expect((await province.request({ method: 'PATCH', url: `/api/stock/transfers/${far!.id}`, payload: { quantity: 50 } })).json().quantity).toBe(50);
    expect((await province.request({ method: 'DELETE', url: `/api/stock/transfers/${late!.id}` })).statusCode).toBe(204);
    // not sent before the plan is accepted
    expect((await district.request({ method: 'POST', url: `/api/stock/transfers/${soon!.id}/send` })).statusCode).toBe(409);
    const accepted = await province.request({ method: 'POST', url: `/api/stock/plans/${plan.id}/accept` });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted' });
    expect(accepted.json().transfers.map((x: { quantity: number }) => x.quantity)).toEqual([189, 50]);
    expect((await province.request({ method: 'PATCH', url: `/api/stock/transfers/${far!.id}`, payload: { quantity: 60 } })).statusCode).toBe(409);
  });

  it('moves the stock when sent and received, each by its own end', async () => {
    const soon = plan.transfers[0]!;
    expect((await clerk.request({ method: 'POST', url: `/api/stock/transfers/${soon.id}/receive` })).statusCode).toBe(409);
    expect((await clerk.request({ method: 'POST', url: `/api/stock/transfers/${soon.id}/send` })).statusCode).toBe(403);
    const sent = await district.request({ method: 'POST', url: `/api/stock/transfers/${soon.id}/send` });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().status).toBe('sent');
    expect(row(await stock(district, haLong), bachDang, 'soon')).toMatchObject({ transferOut: 189, balance: 0 });
    expect(row(await stock(clerk, hongGai), hongGai, 'soon')).toBeUndefined();
    const got = await clerk.request({ method: 'POST', url: `/api/stock/transfers/${soon.id}/receive` });
    expect(got.statusCode, got.body).toBe(200);
    expect(row(await stock(clerk, hongGai), hongGai, 'soon')).toMatchObject({ transferIn: 189, balance: 189 });
    const list = (await clerk.request({ method: 'GET', url: '/api/stock/transfers' })).json();
    expect(list.map((x: { id: number; status: string }) => [x.id, x.status])).toContainEqual([soon.id, 'received']);
    // the clerk is offered the next step on their side only
    expect(list.find((x: { id: number }) => x.id === plan.transfers[2]!.id)).toMatchObject({ status: 'planned', nextStep: null });
  });

  it('does not plan promised stock twice, and a new suggestion replaces the draft', async () => {
    const suggest = async () => (await province.request({ method: 'POST', url: '/api/stock/plans', payload: { provinceId: quangNinh } })).json();
    const first = await suggest();
    // Hồng Gai holds 189 and has 50 on the way; Bạch Đằng's late lot is free again
    expect(first.transfers.map((x: typeof plan.transfers[number]) => [x.from.id, x.to.id, x.lot.code, x.quantity])).toEqual([
      [bachDang, hongGai, 'FL5678', 100],
      [vangDanh, hongGai, 'FL5678', needHG - 339],
    ]);
    const second = await suggest();
    const plans = (await province.request({ method: 'GET', url: '/api/stock/plans' })).json();
    const statusOf = (id: number) => plans.find((p: { id: number }) => p.id === id).status;
    expect([statusOf(first.id), statusOf(second.id), statusOf(plan.id)]).toEqual(['cancelled', 'draft', 'accepted']);
  });
});
