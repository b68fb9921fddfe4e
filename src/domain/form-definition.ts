/** Checks that a form definition hangs together before it is stored. Pure. */
export interface FormShape {
  indicators: { code: string }[];
  caseIndicators: string[];
  rules: { code: string; field: string; left: { indicator: string }[]; right: { indicator: string }[] }[];
  submitLevel: number;
  approveLevel: number;
}

export function formDefinitionErrors(f: FormShape): { field: string; message: string }[] {
  const errors: { field: string; message: string }[] = [];
  const codes = new Set<string>();
  for (const [i, ind] of f.indicators.entries()) {
    if (codes.has(ind.code)) errors.push({ field: `indicators/${i}/code`, message: `duplicate indicator ${ind.code}` });
    codes.add(ind.code);
  }
  if (!f.indicators.length) errors.push({ field: 'indicators', message: 'a form needs at least one indicator' });
  if (f.approveLevel >= f.submitLevel) errors.push({ field: 'approveLevel', message: 'must be above the submit level' });
  for (const c of f.caseIndicators) if (!codes.has(c)) errors.push({ field: 'caseIndicators', message: `unknown indicator ${c}` });
  for (const [i, r] of f.rules.entries()) {
    for (const t of [...r.left, ...r.right, { indicator: r.field }]) {
      if (!codes.has(t.indicator)) errors.push({ field: `rules/${i}`, message: `rule ${r.code}: unknown indicator ${t.indicator}` });
    }
  }
  return errors;
}
