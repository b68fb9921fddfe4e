/** Server messages of the tests area (lab tests, pooled samples, screening campaigns). */
import { messageLookup } from '../../http/messages.ts';

const messages = {
  futureDate: { vi: 'Không được là thời điểm trong tương lai', en: 'Cannot be in the future' },
  resultAtRequired: { vi: 'Cần thời điểm có kết quả', en: 'The result time is required' },
  resultAtBeforeSample: { vi: 'Thời điểm có kết quả trước thời điểm lấy mẫu', en: 'The result time is before the sample time' },
  resultPendingNoTime: { vi: 'Chưa có kết quả thì không ghi thời điểm kết quả', en: 'No result time while the result is pending' },
  resultPending: { vi: 'Cần nhập kết quả', en: 'Enter a result' },
  resultRecorded: { vi: 'Xét nghiệm đã có kết quả', en: 'The test already has a result' },
  pooledMember: { vi: 'Kết quả của mẫu gộp được nhập theo mẫu gộp', en: 'A pooled test takes the result of its pool' },
  campaignNotFound: { vi: 'Không tìm thấy đợt sàng lọc trong phạm vi quản lý', en: 'No such screening campaign in your scope' },
  personNotFound: { vi: 'Không tìm thấy người này trong phạm vi quản lý', en: 'No such person in your scope' },
  duplicateMember: { vi: 'Một người có mặt hai lần trong mẫu gộp', en: 'A person is twice in the pool' },
  poolSize: { vi: 'Mẫu gộp gồm từ 2 đến {max} người', en: 'A pool holds 2 to {max} people' },
  endBeforeStart: { vi: 'Ngày kết thúc trước ngày bắt đầu', en: 'The end date is before the start date' },
} as const;

export type TestMessage = keyof typeof messages;

export const testMsg = messageLookup(messages);
