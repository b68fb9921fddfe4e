/** The route cases of each area, merged by test/access.test.ts. */
import type { AreaCases } from './kit.ts';
import { peopleCases } from './people.ts';
import { labtestCases } from './labtests.ts';
import { caseCases } from './cases.ts';
import { contactCases } from './contacts.ts';
import { quarantineCases } from './quarantine.ts';
import { facilityCases } from './facilities.ts';
import { registerCases } from './registers.ts';
import { registerExchangeCases } from './register-exchange.ts';
import { vaccineCases } from './vaccines.ts';
import { coverageCases } from './coverage.ts';
import { campaignCases } from './campaigns.ts';
import { stockCases } from './stock.ts';
import { conferenceCases } from './conferences.ts';
import { noticeCases } from './notices.ts';
import { taskCases } from './tasks.ts';
import { dutyCases } from './duty.ts';
import { realtimeCases } from './realtime.ts';
import { notificationCases } from './notifications.ts';
import { levelCases } from './levels.ts';
import { levelRuleCases } from './level-rules.ts';
import { publicCases } from './public.ts';
import { boundaryCases } from './boundaries.ts';

export const areaCases: AreaCases[] = [
  peopleCases,
  labtestCases,
  caseCases,
  contactCases,
  quarantineCases,
  facilityCases,
  registerCases,
  registerExchangeCases,
  vaccineCases,
  coverageCases,
  campaignCases,
  stockCases,
  conferenceCases,
  noticeCases,
  taskCases,
  dutyCases,
  realtimeCases,
  notificationCases,
  levelCases,
  levelRuleCases,
  publicCases,
  boundaryCases,
];
