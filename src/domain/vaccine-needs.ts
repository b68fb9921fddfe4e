/**
 * The doses a unit still needs for its campaign targets, broken down by what they are for
 * (age group × stage) and, for each, the vaccine products that can serve it, read from the
 * products' dated data (age limits, booster intervals, which products may follow which).
 *
 * Primary series: people short of it are either not started (a first dose now and one more
 * later, of any product for their ages) or started and not finished. Those who started need
 * a product that may follow their last dose as the next primary dose (mixing rules of the
 * intervals: an Abdala series is finished with Abdala, AstraZeneca with AstraZeneca, Pfizer or
 * Moderna), and as many doses as their product's series still lacks (Abdala: three in all).
 * Who started on what comes from the dose register; people the register does not place
 * (counted only in the roll-ups) may finish with any product for their ages.
 */
import { AGE_GROUP_RANGES, type AgeGroup, type Stage } from './age-groups.ts';
import type { Reached } from './campaign-pace.ts';
import { inForce, intervalFor, type ScheduleInterval, type ScheduleProduct } from './vaccine-schedule.ts';

export interface NeedCatalogue {
  products: ScheduleProduct[];
  intervals: ScheduleInterval[];
}

/** A target of the unit: `needed` people (null without a population) of an age group at a stage. */
export interface NeedTarget {
  ageGroup: AgeGroup;
  stage: Stage;
  needed: number | null;
}

/** People of an age group who started the primary series and have not finished it, by their last dose. */
export interface Unfinished {
  productId: number;
  dosesGiven: number;
  people: number;
}

export interface Need {
  ageGroup: AgeGroup;
  stage: Stage;
  /** for doses finishing a series begun on this product (null: any start) */
  after: number | null;
  doses: number;
  /** the products that can serve it, in the catalogue's order (may be empty) */
  products: number[];
}

/** Whether a product may be given to some ages of the group (the dose check refuses the others). */
export function admitsGroup(p: Pick<ScheduleProduct, 'minAge' | 'maxAge'>, group: AgeGroup): boolean {
  if (group === 'all') return true;
  const { min, max } = AGE_GROUP_RANGES[group];
  return (max === null || p.minAge <= max) && (p.maxAge === null || p.maxAge >= min);
}

/** Products in force on the day for the group's ages. */
export const productsForAges = (c: NeedCatalogue, group: AgeGroup, day: string): ScheduleProduct[] =>
  c.products.filter((p) => inForce(p, day) && admitsGroup(p, group));

/** ... that also have a booster dose in force. */
export const boosterProducts = (c: NeedCatalogue, group: AgeGroup, day: string): ScheduleProduct[] =>
  productsForAges(c, group, day).filter((p) => c.intervals.some((i) => i.productId === p.id && i.kind === 'booster' && inForce(i, day)));

/** ... that may be the next primary dose after `dosesGiven` doses ending with `last`. */
export function finishingProducts(c: NeedCatalogue, group: AgeGroup, last: ScheduleProduct, dosesGiven: number, day: string): ScheduleProduct[] {
  return productsForAges(c, group, day).filter((p) => {
    const rule = intervalFor(c.intervals, p.id, dosesGiven + 1, day);
    if (!rule || rule.kind !== 'primary') return false;
    return (rule.previousProducts.length ? rule.previousProducts : [p.code]).includes(last.code);
  });
}

/** `total` shared out in proportion to `weights` (largest remainder); all to the last weight when they sum to 0. */
export function shareOut(total: number, weights: number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0) return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let rest = total - out.reduce((s, n) => s + n, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    out[i]! += 1;
    rest -= 1;
  }
  return out;
}

/** People a target still needs, by the kind of dose they need. */
interface Parts {
  /** first doses */
  start: number;
  /** the series' later dose of those starting now (primary targets) */
  finishNew: number;
  /** people who started and must finish the series */
  finishStarted: number;
  booster: number;
}
const PARTS = ['start', 'finishNew', 'finishStarted', 'booster'] as const;
type Part = (typeof PARTS)[number];

function partsOf(t: NeedTarget, r: Reached): Parts {
  const n = t.needed ?? 0;
  const start = t.stage === 'booster' ? 0 : Math.max(0, n - r.dose1);
  if (t.stage === 'dose1') return { start, finishNew: 0, finishStarted: 0, booster: 0 };
  if (t.stage === 'primary') return { start, finishNew: start, finishStarted: Math.max(0, Math.min(n, r.dose1) - r.primary), booster: 0 };
  return { start: 0, finishNew: 0, finishStarted: 0, booster: Math.max(0, n - r.booster) };
}

/** Groups nested in one another share people: within a family the largest need counts. */
const FAMILIES: AgeGroup[][] = [['18+', '50+'], ['12-17', '15-17'], ['5-11']];

/** Per part, the people the unit needs and the age group they are counted in. */
type Demand = { group: AgeGroup; people: number }[];

function demandOf(targets: NeedTarget[], reached: Record<AgeGroup, Reached>): Record<Part, Demand> {
  const out: Record<Part, Demand> = { start: [], finishNew: [], finishStarted: [], booster: [] };
  const parts = targets.map((t) => ({ group: t.ageGroup, parts: partsOf(t, reached[t.ageGroup]) }));
  const largest = (groups: AgeGroup[], part: Part) =>
    parts.filter((p) => groups.includes(p.group)).reduce<{ group: AgeGroup; people: number } | null>(
      (best, p) => (best === null || p.parts[part] > best.people ? { group: p.group, people: p.parts[part] } : best), null);
  for (const part of PARTS) {
    const families = FAMILIES.map((f) => largest(f, part)).filter((d) => d !== null && d.people > 0) as Demand;
    out[part].push(...families);
    // 'all' covers every group: what it needs beyond the groups' sum is needed of anyone
    const all = largest(['all'], part);
    const beyond = (all?.people ?? 0) - families.reduce((s, d) => s + d.people, 0);
    if (beyond > 0) out[part].push({ group: 'all', people: beyond });
  }
  return out;
}

/** The unit's needs by purpose: the active targets, the people reached, and who started on which product. */
export function needsOf(
  input: { targets: NeedTarget[]; reached: Record<AgeGroup, Reached>; unfinished: Partial<Record<AgeGroup, Unfinished[]>> },
  c: NeedCatalogue,
  day: string,
): Need[] {
  const ids = (ps: ScheduleProduct[]) => ps.map((p) => p.id);
  const byId = new Map(c.products.map((p) => [p.id, p]));
  const out: Need[] = [];
  const add = (n: Need) => {
    if (n.doses <= 0) return;
    const same = out.find((o) => o.ageGroup === n.ageGroup && o.stage === n.stage && o.after === n.after && o.products.join() === n.products.join());
    if (same) same.doses += n.doses;
    else out.push(n);
  };
  const demand = demandOf(input.targets, input.reached);
  for (const { group, people } of demand.start) add({ ageGroup: group, stage: 'dose1', after: null, doses: people, products: ids(productsForAges(c, group, day)) });
  for (const { group, people } of demand.finishNew) add({ ageGroup: group, stage: 'primary', after: null, doses: people, products: ids(productsForAges(c, group, day)) });
  for (const { group, people } of demand.finishStarted) {
    const r = input.reached[group];
    const known = (input.unfinished[group] ?? []).filter((u) => byId.has(u.productId) && u.people > 0);
    const unknown = Math.max(0, r.dose1 - r.primary - known.reduce((s, u) => s + u.people, 0));
    const shares = shareOut(people, [...known.map((u) => u.people), unknown]);
    known.forEach((u, i) => {
      const last = byId.get(u.productId)!;
      const doses = shares[i]! * Math.max(1, last.primaryDoses - u.dosesGiven);
      add({ ageGroup: group, stage: 'primary', after: last.id, doses, products: ids(finishingProducts(c, group, last, u.dosesGiven, day)) });
    });
    add({ ageGroup: group, stage: 'primary', after: null, doses: shares[known.length]!, products: ids(productsForAges(c, group, day)) });
  }
  for (const { group, people } of demand.booster) add({ ageGroup: group, stage: 'booster', after: null, doses: people, products: ids(boosterProducts(c, group, day)) });
  return out;
}
