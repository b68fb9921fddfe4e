/**
 * The seed rule for a district's treatment capacity: a district of under 100,000 people must
 * be able to treat 100 patients at once, a larger one 200.
 */
export const SMALL_DISTRICT = 100_000;

export function requiredCapacity(population: number): number {
  return population < SMALL_DISTRICT ? 100 : 200;
}

export interface Readiness {
  /** patients the district must be able to treat at once; null when its population is unknown */
  required: number | null;
  beds: number;
  met: boolean | null;
  /** beds missing to meet the rule (0 when met); null when unknown */
  gap: number | null;
}

export function readiness(population: number | null, beds: number): Readiness {
  if (population === null) return { required: null, beds, met: null, gap: null };
  const required = requiredCapacity(population);
  return { required, beds, met: beds >= required, gap: Math.max(0, required - beds) };
}
