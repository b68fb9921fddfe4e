import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../env.ts';
import { reminderEmail } from './texts.ts';

const row = {
  notificationId: 1, kind: 'due_soon' as const, unitId: 7, recipientUnit: 'Phường Hồng Gai', email: 'vanthu@honggai.vn', taskId: 42,
  title: 'Rà soát người chưa tiêm', deadline: new Date('2021-12-12T10:00:00Z'), reportExpected: '', taskUnitId: 7,
  taskUnit: 'Phường Hồng Gai', fromUnit: 'Thành phố Hạ Long',
};

describe('reminder email', () => {
  it('links to the task at the public address when the server has one', () => {
    const { publicUrl } = loadConfig({ PUBLIC_URL: 'https://epicenter.soyte.gov.vn/' });
    expect(publicUrl).toBe('https://epicenter.soyte.gov.vn');
    const mail = reminderEmail(row, publicUrl);
    expect(mail.body).toContain('Xem nhiệm vụ và báo cáo tiến độ: https://epicenter.soyte.gov.vn/tasks/42');
    expect(mail.subject).toContain('hạn 17:00 12/12/2021');
  });

  it('names the task number in the app without one', () => {
    expect(reminderEmail(row).body).toContain('mục Nhiệm vụ (mã nhiệm vụ 42)');
    expect(() => loadConfig({ PUBLIC_URL: 'epicenter.vn' })).toThrow(/PUBLIC_URL/);
  });
});
