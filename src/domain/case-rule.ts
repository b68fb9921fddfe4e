/** What confirms a case (F0), as a versioned rule: pure, no I/O. */

export interface CaseRule {
  /** a positive PCR confirms */
  pcrPositive: boolean;
  /** a positive rapid antigen test with symptoms confirms */
  antigenWithSymptoms: boolean;
  /** a positive rapid antigen test alone confirms */
  antigenAlone: boolean;
}

export interface RuleVersion {
  version: number;
  validFrom: string;
  rule: CaseRule;
}

export interface TestOutcome {
  kind: 'pcr' | 'antigen';
  result: string;
  symptoms: boolean;
}

export function confirms(rule: CaseRule, t: TestOutcome): boolean {
  if (t.result !== 'positive') return false;
  if (t.kind === 'pcr') return rule.pcrPositive;
  return rule.antigenAlone || (rule.antigenWithSymptoms && t.symptoms);
}

/** The version in force on `date` (YYYY-MM-DD): the latest one valid from that day or before. */
export function ruleInForce<T extends { validFrom: string }>(versions: T[], date: string): T | undefined {
  let found: T | undefined;
  for (const v of versions) if (v.validFrom <= date && (!found || v.validFrom > found.validFrom)) found = v;
  return found;
}
