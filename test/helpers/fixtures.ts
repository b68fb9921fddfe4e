/** A valid day's report for the situation form (no rule broken for a commune with history). */
export const reportValues = <T = number>(over: Record<string, T> = {}): Record<string, number | T> => ({
  f0_community: 3, f0_quarantined: 2, deaths: 0, recovered: 1, hospital_current: 4,
  cq_new: 5, cq_current: 5, hq_new: 10, hq_current: 10, pcr_samples: 100, pcr_persons: 300,
  rapid_tests: 50, f1_traced: 20, f2_traced: 30, returnees: 12, returnees_positive: 1,
  vax_dose1: 7, vax_dose2: 8, vax_dose3: 9, ...over,
});
