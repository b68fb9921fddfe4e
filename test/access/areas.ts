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

export const areaCases: AreaCases[] = [
  peopleCases,
  labtestCases,
  caseCases,
  contactCases,
  quarantineCases,
  facilityCases,
  registerCases,
  registerExchangeCases,
];
