import dayjs, { type Dayjs } from 'dayjs';
import type { UnitRef } from '../../../server/http/common-schema.ts';
import type { Notice, NoticeChange, NoticeTemplate } from '../../api/notices.ts';
import { hourIso, pickerValue } from './vnTime.ts';

export interface TaskValues {
  text: string;
  units: UnitRef[];
  deadline: Dayjs | null;
  reportExpected: string;
}

/** The editor's form: lists as text, one item a line; dates as picker values. */
export interface EditorValues {
  issuingUnitId: number;
  conferenceId: number | null;
  number: string;
  issuedOn: Dayjs | null;
  issuingBody: string;
  place: string;
  title: string;
  body: string;
  closing: string;
  recipients: string;
  signerTitle: string;
  signerName: string;
  tasks: TaskValues[];
}

export const emptyTask = (): TaskValues => ({ text: '', units: [], deadline: null, reportExpected: '' });

export function fromTemplate(t: NoticeTemplate, today: string): EditorValues {
  return {
    issuingUnitId: t.issuingUnit.id,
    conferenceId: t.conference?.id ?? null,
    number: '',
    issuedOn: dayjs(today),
    issuingBody: t.issuingBody,
    place: t.place,
    title: t.title,
    body: t.body,
    closing: t.closing,
    recipients: t.recipients.join('\n'),
    signerTitle: '',
    signerName: '',
    tasks: [emptyTask()],
  };
}

export function fromNotice(n: Notice): EditorValues {
  return {
    issuingUnitId: n.issuingUnit.id,
    conferenceId: n.conference?.id ?? null,
    number: n.number ?? '',
    issuedOn: n.issuedOn ? dayjs(n.issuedOn) : null,
    issuingBody: n.issuingBody,
    place: n.place,
    title: n.title,
    body: n.body,
    closing: n.closing,
    recipients: n.recipients.join('\n'),
    signerTitle: n.signerTitle,
    signerName: n.signerName,
    tasks: n.tasks.map((t) => ({ text: t.text, units: t.units, deadline: pickerValue(t.deadline), reportExpected: t.reportExpected })),
  };
}

const lines = (s: string | undefined) => (s ?? '').split('\n').map((l) => l.trim()).filter(Boolean);

export function toBody(v: EditorValues): NoticeChange {
  return {
    issuingUnitId: v.issuingUnitId,
    conferenceId: v.conferenceId,
    number: v.number?.trim() || null,
    issuedOn: v.issuedOn ? v.issuedOn.format('YYYY-MM-DD') : null,
    issuingBody: v.issuingBody ?? '',
    place: v.place ?? '',
    title: v.title ?? '',
    body: v.body ?? '',
    closing: v.closing ?? '',
    recipients: lines(v.recipients),
    signerTitle: v.signerTitle ?? '',
    signerName: v.signerName ?? '',
    tasks: (v.tasks ?? []).map((t) => ({
      text: t.text ?? '',
      unitIds: (t.units ?? []).map((u) => u.id),
      deadline: t.deadline ? hourIso(t.deadline) : null,
      reportExpected: t.reportExpected ?? '',
    })),
  };
}
