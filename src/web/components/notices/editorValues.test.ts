import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toBody, type EditorValues } from './editorValues.ts';
import { formErrors } from './fieldErrors.ts';

const unit = { id: 7, code: '193', name: 'Hạ Long', fullName: 'Thành phố Hạ Long', level: 2 };

describe('notice editor values', () => {
  it('send lines as lists, dates as ISO and deadlines as Vietnam time to the hour', () => {
    const v: EditorValues = {
      issuingUnitId: 3, conferenceId: null, number: ' 125/TB-BCĐ ', issuedOn: dayjs('2021-12-10'), issuingBody: 'BCĐ', place: 'Quảng Ninh',
      title: 'Kết luận', body: '', closing: '', recipients: 'Thành phố Hạ Long\n\n  Lưu: VT ', signerTitle: '', signerName: '',
      tasks: [{ text: 'Rà soát', units: [unit], deadline: dayjs('2021-12-12T17:45'), reportExpected: '' }],
    };
    const body = toBody(v);
    expect(body).toMatchObject({ number: '125/TB-BCĐ', issuedOn: '2021-12-10', recipients: ['Thành phố Hạ Long', 'Lưu: VT'] });
    // 17:45 on the picker's wall clock is 17:00 in Vietnam, 10:00 UTC, whatever the browser's zone
    expect(body.tasks![0]).toEqual({ text: 'Rà soát', unitIds: [7], deadline: '2021-12-12T10:00:00.000Z', reportExpected: '' });
    expect(toBody({ ...v, number: '  ', issuedOn: null }).number).toBeNull();
  });

  it('show the server’s field errors on the editor’s fields', () => {
    expect(formErrors([{ field: 'tasks.1.unitIds', message: 'Nhiệm vụ 2: …' }, { field: 'number', message: 'Số …' }])).toEqual([
      { name: ['tasks', 1, 'units'], errors: ['Nhiệm vụ 2: …'] },
      { name: ['number'], errors: ['Số …'] },
    ]);
  });
});
