import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from '../src/server/db/sql.ts';
import { TEST_TODAY } from './helpers/constants.ts';
import { createTestApp, unitId, type Session, type TestApp } from './helpers/app.ts';
import { addPerson } from './helpers/quarantine-fixtures.ts';

let t: TestApp;
let hongGai: number;
let bachDang: number;
let vangDanh: number;
let haLong: number;
let quangNinh: number;
let product: Record<string, number>;
let clerk: Session;
let district: Session;
let province: Session;

beforeAll(async () => {
  t = await createTestApp();
  [hongGai, bachDang, vangDanh, haLong, quangNinh] = (await Promise.all(['06691', '06694', '06808', '193', '22'].map((c) => unitId(t.db, c)))) as [number, number, number, number, number];
  product = Object.fromEntries((await t.db.query<{ id: number; code: string }>(sql`select id, code from vaccine_product`)).map((p) => [p.code, p.id]));
  clerk = await t.login('xa.honggai');
  district = await t.login('tp.halong');
  province = await t.login('tinh.quangninh');
});
afterAll(() => t.close());

const lots = {
  soon: ['FK1234', '2021-12-25', 'PFIZER'], late: ['FL5678', '2022-06-30', 'PFIZER'], expired: ['EX0001', '2021-12-01', 'PFIZER'],
  // expiring before all of them, and for adults only
  vero: ['VC2112', '2021-12-20', 'VEROCELL'],
} as const;
const lotIds: Record<string, number> = {};

async function move(who: Session, unitId: number, lot: keyof typeof lots, kind: string, quantity: number, extra: object = {}) {
  const [lotCode, expiryDate, code] = lots[lot];
  const payload = lotIds[lot] ? { unitId, lotId: lotIds[lot], kind, quantity, ...extra } : { unitId, lot: { productId: product[code], lotCode, expiryDate }, kind, quantity, ...extra };
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
      values: [person, product.PFIZER, lotIds.soon, TEST_TODAY, bachDang],
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
    expect(bd).toMatchObject({ usable: 289, need: 0, surplus: 289, shortage: 0, surpluses: [{ product: { code: 'PFIZER' }, doses: 289 }], shortages: [] });
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
    expect(lines).toContain('Đơn vị,Còn dùng được,Số liều còn cần,Thừa,Thiếu');
    expect(lines.some((l) => l.endsWith(',289,0,289,0'))).toBe(true);
    expect(lines.some((l) => l.endsWith(',Thừa,Pfizer-BioNTech (Comirnaty),,,289'))).toBe(true);
    const xlsx = await district.request({ method: 'GET', url: `/api/stock?unitId=${haLong}&format=xlsx&lang=en` });
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await clerk.request({ method: 'GET', url: `/api/stock?unitId=${haLong}&format=csv` })).statusCode).toBe(404);
  });
});

/** A campaign of the unit with one target due at the end of the year, and its eligible people (a later population row). */
async function campaignFor(unitId: number, target: { ageGroup: string; stage: string }, eligible: { adults: number; teens: number }) {
  const [{ id }] = (await t.db.query<{ id: number }>(sql`insert into vaccination_campaign (unit_id, name) values (${unitId}, 'Tiêm chủng tháng 12') returning id`)) as [{ id: number }];
  await t.db.execute(sql`insert into campaign_target (campaign_id, age_group, stage, target_share, due_date) values (${id}, ${target.ageGroup}, ${target.stage}, 1, '2021-12-31')`);
  await t.db.execute(sql`
    insert into population (unit_id, year, total, age_18plus, age_50plus, age_12_17, age_5_11, source)
    values (${unitId}, 2030, ${eligible.adults + eligible.teens + 100}, ${eligible.adults}, 0, ${eligible.teens}, 100, 'test')`);
}

type Transfer = { id: number; from: { id: number }; to: { id: number }; lot: { code: string }; quantity: number; purpose: { ageGroup: string; stage: string } | null };
const brief = (xs: Transfer[]) => xs.map((x) => [x.from.id, x.to.id, x.lot.code, x.quantity]);
const codes = (products: { code: string }[]) => products.map((p) => p.code);
const TEENS = { ageGroup: '12-17', stage: 'dose1' };

describe('transfer plan', () => {
  let plan: { id: number; transfers: Transfer[]; unserved: { unit: { id: number }; doses: number; products: { code: string }[] }[] };

  it('shows each unit short of what its targets need and in surplus of what they cannot use, by product', async () => {
    // Hồng Gai: 400 teenagers to vaccinate and plenty of Vero Cell (adults only): short, not in surplus, for them
    await campaignFor(hongGai, TEENS, { adults: 1000, teens: 400 });
    expect((await move(district, hongGai, 'vero', 'received', 300)).statusCode).toBe(201);
    expect((await move(district, bachDang, 'vero', 'received', 500)).statusCode).toBe(201);
    // Vàng Danh (another district): 500 adults to vaccinate and 600 doses of Pfizer
    await campaignFor(vangDanh, { ageGroup: '18+', stage: 'dose1' }, { adults: 500, teens: 100 });
    expect((await move(province, vangDanh, 'late', 'received', 600)).statusCode).toBe(201);

    const gaps = (await stock(district, haLong)).gaps;
    const of = (unit: number) => gaps.find((g: { unit: { id: number } }) => g.unit.id === unit);
    expect(of(hongGai)).toMatchObject({ usable: 300, need: 400, surplus: 300, shortage: 400, surpluses: [{ product: { code: 'VEROCELL' }, doses: 300 }] });
    expect(of(hongGai).shortages).toEqual([
      { ageGroup: '12-17', stage: 'dose1', after: null, doses: 400, products: [expect.objectContaining({ code: 'MODERNA' }), expect.objectContaining({ code: 'PFIZER' })] },
    ]);
    expect(of(bachDang)).toMatchObject({ usable: 789, need: 0, surplus: 789, shortage: 0 });
    expect(of(bachDang).surpluses.map((x: { product: { code: string }; doses: number }) => [x.product.code, x.doses])).toEqual([['VEROCELL', 500], ['PFIZER', 289]]);
    const vd = (await stock(province, vangDanh)).gaps[0];
    expect(vd).toMatchObject({ usable: 600, need: 500, surplus: 100, shortage: 0, surpluses: [{ product: { code: 'PFIZER' }, doses: 100 }] });

    // the export carries the same: per unit, then by product and purpose
    const csv = (await district.request({ method: 'GET', url: `/api/stock?unitId=${haLong}&format=csv` })).body.split('\r\n');
    expect(csv.some((l) => l.endsWith(',300,400,300,400'))).toBe(true);
    expect(csv).toContain('Đơn vị,Thừa/thiếu,Vắc xin,Nhóm tuổi,Mũi,Số liều');
    expect(csv.some((l) => l.endsWith(',Thiếu,"Moderna (Spikevax), Pfizer-BioNTech (Comirnaty)",12–17 tuổi,mũi 1,400'))).toBe(true);
    expect(csv.some((l) => l.endsWith(',Thừa,Vero Cell (Sinopharm),,,300'))).toBe(true);
  });

  it('moves surplus only to needs its product can serve: expiring lots first, nearest units first, none below its own need', async () => {
    expect((await district.request({ method: 'POST', url: '/api/stock/plans', payload: { provinceId: quangNinh } })).statusCode).toBe(403);
    const res = await province.request({ method: 'POST', url: '/api/stock/plans', payload: { provinceId: quangNinh } });
    expect(res.statusCode, res.body).toBe(201);
    plan = res.json();
    // Bạch Đằng's Vero Cell expires first and is next door, but the teenagers get Pfizer: Bạch Đằng's
    // (same district, the lot expiring first first), then Vàng Danh's beyond the 500 it needs itself
    expect(brief(plan.transfers)).toEqual([
      [bachDang, hongGai, 'FK1234', 189],
      [bachDang, hongGai, 'FL5678', 100],
      [vangDanh, hongGai, 'FL5678', 100],
    ]);
    expect(plan.transfers.every((x) => x.purpose?.ageGroup === '12-17' && x.purpose.stage === 'dose1')).toBe(true);
    // what the province's stock could not cover, for the officer to ask for
    expect(plan.unserved).toMatchObject([{ unit: { id: hongGai }, ageGroup: '12-17', stage: 'dose1', doses: 11 }]);
    expect(codes(plan.unserved[0]!.products)).toEqual(['MODERNA', 'PFIZER']);
    expect(((await province.request({ method: 'GET', url: `/api/stock/plans/${plan.id}` })).json()).unserved).toEqual(plan.unserved);
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
    expect(sent.json()).toMatchObject({ status: 'sent', purpose: TEENS });
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
    // Hồng Gai holds 189 and has 50 on the way; Bạch Đằng's late lot is free again; Vàng Danh has 50 beyond its own 500
    expect(brief(first.transfers)).toEqual([
      [bachDang, hongGai, 'FL5678', 100],
      [vangDanh, hongGai, 'FL5678', 50],
    ]);
    expect(first.unserved).toMatchObject([{ unit: { id: hongGai }, doses: 11 }]);
    const second = await suggest();
    const plans = (await province.request({ method: 'GET', url: '/api/stock/plans' })).json();
    const statusOf = (id: number) => plans.find((p: { id: number }) => p.id === id).status;
    expect([statusOf(first.id), statusOf(second.id), statusOf(plan.id)]).toEqual(['cancelled', 'draft', 'accepted']);
  });

  it('finishes a series begun in the register with a product that may follow its last dose', async () => {
    // ten adults of Bạch Đằng to bring through the primary series: one started on Abdala, one on AstraZeneca
    await campaignFor(bachDang, { ageGroup: '18+', stage: 'primary' }, { adults: 10, teens: 0 });
    for (const [name, code] of [['Lê Thị Abdala', 'ABDALA'], ['Phạm Văn AstraZeneca', 'ASTRAZENECA']] as const) {
      const personId = await addPerson(t.db, bachDang, name);
      const res = await district.request({ method: 'POST', url: '/api/doses', payload: { personId, productId: product[code], givenOn: '2021-12-01' } });
      expect(res.statusCode, res.body).toBe(201);
    }
    const gap = (await stock(district, haLong)).gaps.find((g: { unit: { id: number } }) => g.unit.id === bachDang);
    // 8 first doses and their second doses (Bạch Đằng's Vero Cell), the AstraZeneca series finished with its
    // Pfizer… but only Abdala finishes an Abdala series (two doses more), and there is none
    expect(gap.need).toBe(8 + 8 + 2 + 1);
    expect(gap.shortages).toEqual([
      { ageGroup: '18+', stage: 'primary', after: expect.objectContaining({ code: 'ABDALA' }), doses: 2, products: [expect.objectContaining({ code: 'ABDALA' })] },
    ]);
    const plans = (await province.request({ method: 'POST', url: '/api/stock/plans', payload: { provinceId: quangNinh } })).json();
    expect(plans.unserved.find((x: { unit: { id: number } }) => x.unit.id === bachDang)).toMatchObject({ after: { code: 'ABDALA' }, doses: 2 });
  });
});
