/** The words of a reminder, in the app and in an email, built from the task it is about. */
import { hourAndDate } from '../../../domain/reminders.ts';
import { fill } from '../../http/messages.ts';
import type { Lang } from '../../http/lang.ts';
import { emailTexts, notificationText, type NotificationText } from './messages.ts';
import type { MailingRow } from './repository.ts';
import type { NotificationKind } from './schema.ts';

interface About {
  kind: NotificationKind;
  /** the unit notified */
  unitId: number;
  taskUnitId: number;
  taskUnit: string;
  title: string;
  deadline: Date;
}

/** An overdue task reaches the assigning unit too; its text names the unit that is late. */
const textKey = (a: About): NotificationText => (a.kind === 'overdue' && a.unitId !== a.taskUnitId ? 'overdue_assigned' : a.kind);

const vars = (a: About) => ({ title: a.title, deadline: hourAndDate(a.deadline), unit: a.taskUnit });

export const inAppText = (a: About, lang: Lang): string => notificationText(textKey(a), lang, vars(a));

export function reminderEmail(r: MailingRow, publicUrl?: string): { subject: string; body: string } {
  const e = emailTexts;
  const v = vars(r);
  const lines = [
    fill(e.greeting, { recipient: r.recipientUnit }),
    '',
    `${inAppText(r, 'vi')}.`,
    '',
    fill(e.unit, { unit: r.taskUnit }),
    fill(e.from, { unit: r.fromUnit }),
    fill(e.deadline, v),
    ...(r.reportExpected.trim() ? [fill(e.report, { report: r.reportExpected.trim() })] : []),
    '',
    publicUrl ? fill(e.link, { url: `${publicUrl}/tasks/${r.taskId}` }) : fill(e.where, { id: r.taskId }),
    '',
    '--',
    e.footer,
  ];
  return { subject: fill(e.subject[textKey(r)], v), body: lines.join('\n') };
}
