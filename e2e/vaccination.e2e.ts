/**
 * Vaccination in the browser on 10/12/2021: a commune clerk records two Pfizer doses for one
 * person (primary series complete) and Abdala doses for another, who counts as primary
 * complete only after dose 3; the district's coverage and its campaign target follow.
 * Hạ Long's 18+ population is set to 4 people (all in Hồng Gai) so that two people decide a
 * target of 50 %.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitId } from '../test/helpers/app.ts';
import { pick, pageAs as sharedPageAs, postAs, startE2e, type E2e } from './helpers.ts';

let e: E2e;
let hongGai: number;
let haLong: number;
let campaignId: number;
const people: Record<'pfizer' | 'abdala', number> = { pfizer: 0, abdala: 0 };

beforeAll(async () => {
  e = await startE2e();
  hongGai = await unitId(e.db, '06691');
  haLong = await unitId(e.db, '193');
  await e.db.execute({
    text: `update population set age_18plus = case when unit_id = $2 then 4 else 0 end
           where unit_id in (select id from org_unit where parent_id = $1)`,
    values: [haLong, hongGai],
  });
  for (const [key, fullName, birthDate] of [['pfizer', 'Vũ Thị Thu', '1980-04-02'], ['abdala', 'Ngô Văn Lực', '1975-09-15']] as const) {
    const p = (await postAs(e, 'xa.honggai', '/api/people', { fullName, birthDate, unitId: hongGai, nationalId: null, phone: null, address: null, workplace: null })) as { id: number };
    people[key] = p.id;
  }
  const campaign = (await postAs(e, 'tp.halong', '/api/campaigns', {
    unitId: haLong,
    name: 'Chiến dịch tiêm chủng cuối năm 2021',
    targets: [{ ageGroup: '18+', stage: 'primary', targetShare: 0.5, dueDate: '2021-12-31' }],
  })) as { id: number };
  campaignId = campaign.id;
});
afterAll(() => e?.close());

const pageAs = (username: string) => sharedPageAs(e, username);

async function recordDose(page: Page, personId: number, product: string, givenOn: string, stageAfter: string) {
  await page.goto(`${e.baseUrl}/doses?personId=${personId}`);
  await page.getByTestId('dose-form').waitFor();
  await page.getByTestId('dose-product').click();
  await pick(page, product);
  await page.getByTestId('dose-date').fill(givenOn);
  await page.getByTestId('dose-save').click();
  await expect.poll(() => page.getByTestId('vaccination-stage').innerText()).toBe(stageAfter);
}

/** "vaccinated / eligible (share)" of 18+ at the primary series in the district's coverage table. */
async function primary18(page: Page): Promise<string> {
  await page.goto(`${e.baseUrl}/coverage/${haLong}`);
  const row = page.getByTestId('coverage-figures').locator('tr', { hasText: 'Từ 18 tuổi' });
  return (await row.locator('td').nth(2).innerText()).trim();
}

async function targetStatus(page: Page): Promise<string> {
  await page.goto(`${e.baseUrl}/campaigns/${campaignId}?unitId=${haLong}`);
  return (await page.locator('.ant-card-extra .ant-tag').first().innerText()).trim();
}

describe('vaccination in the browser', () => {
  it('doses recorded by a commune move the district coverage and the campaign status; Abdala needs dose 3', async () => {
    const district = await pageAs('tp.halong');
    expect(await primary18(district)).toBe('0 / 4 (0%)');
    expect(await targetStatus(district)).toBe('Chậm tiến độ');

    const clerk = await pageAs('xa.honggai');
    await recordDose(clerk, people.pfizer, 'Pfizer', '2021-11-01', 'Đã tiêm mũi 1');
    await recordDose(clerk, people.pfizer, 'Pfizer', '2021-11-25', 'Đã tiêm đủ mũi cơ bản');
    await recordDose(clerk, people.abdala, 'Abdala', '2021-11-01', 'Đã tiêm mũi 1');
    await recordDose(clerk, people.abdala, 'Abdala', '2021-11-15', 'Đã tiêm mũi 1');

    // two doses of Abdala are not a complete primary series
    expect(await primary18(district)).toBe('1 / 4 (25%)');
    expect(await targetStatus(district)).toBe('Chậm tiến độ');

    await recordDose(clerk, people.abdala, 'Abdala', '2021-11-29', 'Đã tiêm đủ mũi cơ bản');
    expect(await primary18(district)).toBe('2 / 4 (50%)');
    expect(await targetStatus(district)).toBe('Đã đạt');
  });

  // goes on from the doses above: 2 of the 4 adults have the primary series
  it('an officer raises the share and moves the due date of a target: the status follows; the commune cannot edit; a closed campaign is marked', async () => {
    const clerk = await pageAs('xa.honggai');
    await clerk.goto(`${e.baseUrl}/campaigns/${campaignId}`);
    await clerk.getByTestId('campaign-title').waitFor();
    expect(await clerk.getByTestId('campaign-actions').count()).toBe(0);

    const district = await pageAs('tp.halong');
    expect(await targetStatus(district)).toBe('Đã đạt');
    await district.getByTestId('campaign-edit-open').click();
    const row = district.getByTestId('campaign-target-0');
    await row.locator('.ant-input-number-input').fill('75');
    // Tab rather than Enter: Enter would submit the form from the picker
    const setDue = async (target: typeof row, text: string) => {
      const due = target.locator('.ant-picker input');
      await due.click();
      await due.fill(text);
      await district.keyboard.press('Tab');
      expect(await due.inputValue()).toBe(text);
    };
    await setDue(row, '20/12/2021');
    // a second target repeating the first is refused by the server, the message at its due date
    await district.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    const second = district.getByTestId('campaign-target-1');
    await second.locator('.ant-input-number-input').fill('75');
    await setDue(second, '20/12/2021');
    await district.getByTestId('campaign-save').click();
    await expect.poll(() => second.locator('.ant-form-item-explain-error').innerText()).toBe('Chỉ tiêu 2 trùng nhóm tuổi, mũi tiêm và hạn với một chỉ tiêu khác');
    await second.getByRole('button', { name: 'Bỏ chỉ tiêu này' }).click();
    await district.getByTestId('campaign-save').click();
    await district.getByTestId('campaign-edit').waitFor({ state: 'detached' });
    // 3 of 4 needed now, and no one reached the stage over the last 7 days
    expect(await targetStatus(district)).toBe('Chậm tiến độ');
    expect(await district.locator('.ant-card-head-title').first().innerText()).toBe('Đủ liều cơ bản – Từ 18 tuổi: 75% trước 20/12/2021');

    await district.getByTestId('campaign-close').click();
    await district.getByTestId('close-reason').fill('Tạo nhầm, thay bằng chiến dịch của tỉnh');
    await district.locator('.ant-modal .ant-btn-dangerous').click();
    await district.getByTestId('campaign-closed').waitFor();
    expect(await district.getByTestId('campaign-edit-open').count()).toBe(0);
    expect(await district.locator('.ant-alert').innerText()).toContain('Tạo nhầm, thay bằng chiến dịch của tỉnh');
    await district.goto(`${e.baseUrl}/campaigns`);
    expect(await district.locator('.ant-list-item', { hasText: 'Chiến dịch tiêm chủng cuối năm 2021' }).innerText()).toContain('Đã kết thúc');
  });

  it('an officer starts a campaign in the dialog: a repeated target is refused beside its due date, the campaign is listed once saved', async () => {
    const district = await pageAs('tp.halong');
    await district.goto(`${e.baseUrl}/campaigns`);
    await district.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    const dialog = district.locator('.ant-modal');
    await dialog.getByLabel('Tên chiến dịch').fill('Tiêm vét mũi 1 tháng 12');
    const setDue = async (row: number, text: string) => {
      const due = dialog.getByTestId(`campaign-target-${row}`).locator('.ant-picker input');
      await due.click();
      await due.fill(text);
      await district.keyboard.press('Tab');
    };
    await setDue(0, '15/12/2021');
    // the row added is 18+ at the primary series; made dose 1, it repeats the first row
    await dialog.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
    await dialog.getByTestId('campaign-target-1').locator('.ant-select').nth(1).click();
    await pick(district, 'Mũi 1');
    await setDue(1, '15/12/2021');
    await dialog.locator('.ant-btn-primary').click();
    const refused = dialog.getByTestId('campaign-target-1').locator('.ant-form-item-explain-error');
    await refused.waitFor();
    expect(await refused.innerText()).toBe('Chỉ tiêu 2 trùng nhóm tuổi, mũi tiêm và hạn với một chỉ tiêu khác');
    await dialog.getByTestId('campaign-target-1').getByRole('button', { name: 'Bỏ chỉ tiêu này' }).click();
    await dialog.locator('.ant-btn-primary').click();
    await dialog.waitFor({ state: 'detached' });
    const listed = district.locator('.ant-list-item', { hasText: 'Tiêm vét mũi 1 tháng 12' });
    expect(await listed.innerText()).toContain('Mũi 1 – Từ 18 tuổi: 100% trước 15/12/2021');
    expect(await listed.count()).toBe(1);
  });
});
