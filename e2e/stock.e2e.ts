/**
 * Vaccine stock in the browser on 10/12/2021: Hồng Gai must vaccinate its 400 teenagers and
 * holds only Vero Cell (adults only); Bạch Đằng next door holds 350 doses of Pfizer. The
 * district sees Hồng Gai short for its teenagers and in surplus of Vero Cell; the province's
 * suggested plan sends Pfizer for them and shows the 50 doses it cannot cover.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId } from '../test/helpers/app.ts';
import { pageAs, postAs, startE2e, type E2e } from './helpers.ts';

let e: E2e;

beforeAll(async () => {
  e = await startE2e();
  const [hongGai, bachDang] = [await unitId(e.db, '06691'), await unitId(e.db, '06694')];
  await e.db.execute({ text: `update population set age_12_17 = 400 where unit_id = $1`, values: [hongGai] });
  await postAs(e, 'tp.halong', '/api/campaigns', {
    unitId: hongGai, name: 'Tiêm chủng 12–17 tuổi', targets: [{ ageGroup: '12-17', stage: 'dose1', targetShare: 1, dueDate: '2021-12-31' }],
  });
  const products = Object.fromEntries((await e.db.query<{ id: number; code: string }>({ text: 'select id, code from vaccine_product', values: [] })).map((p) => [p.code, p.id]));
  for (const [unit, code, lotCode, quantity] of [[hongGai, 'VEROCELL', 'VC2112', 300], [bachDang, 'PFIZER', 'PF0001', 350]] as const) {
    await postAs(e, 'tp.halong', '/api/stock/movements', { unitId: unit, kind: 'received', quantity, lot: { productId: products[code], lotCode, expiryDate: '2022-03-31' } });
  }
});
afterAll(() => e?.close());

describe('vaccine stock in the browser', () => {
  it('shows surplus by product and shortage by purpose, and a plan that sends only a vaccine the need can use', async () => {
    const district = await pageAs(e, 'tp.halong');
    await district.goto(`${e.baseUrl}/stock`);
    await district.getByRole('tab', { name: 'Thừa / thiếu' }).click();
    const row = (name: string) => district.getByRole('tabpanel').locator('.ant-table-row', { hasText: name });
    const hongGai = row('Hồng Gai');
    await expect.poll(() => hongGai.innerText()).toContain('12–17 tuổi, mũi 1: 400 liều (Moderna (Spikevax), Pfizer-BioNTech (Comirnaty))');
    expect(await hongGai.innerText()).toContain('Vero Cell (Sinopharm): 300 liều');
    expect(await row('Bạch Đằng').innerText()).toContain('Pfizer-BioNTech (Comirnaty): 350 liều');

    const province = await pageAs(e, 'tinh.quangninh');
    await province.goto(`${e.baseUrl}/transfers`);
    await province.getByRole('button', { name: 'Đề xuất kế hoạch' }).click();
    await province.getByRole('tab', { name: 'Kế hoạch điều chuyển' }).click();
    const plan = province.getByRole('tabpanel').locator('.ant-card', { hasText: 'Nháp' });
    const rows = plan.locator('.ant-table-row');
    await expect.poll(() => rows.count()).toBe(1);
    const transfer = await rows.first().innerText();
    expect(transfer).toContain('Pfizer-BioNTech (Comirnaty) – PF0001');
    expect(transfer).toContain('12–17 tuổi, mũi 1');
    expect(await plan.locator('.ant-alert').innerText()).toContain('Hồng Gai: 12–17 tuổi, mũi 1: 50 liều (Moderna (Spikevax), Pfizer-BioNTech (Comirnaty))');
  });
});
