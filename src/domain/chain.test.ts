import { describe, expect, it } from 'vitest';
import { analyseChain, caseGenerations, graphDegrees, infectors, radialLayout, spanningParents, type ChainEdgeIn, type ChainNodeIn } from './chain.ts';

const node = (id: number, isCase = false, confirmedAt: number | null = null, activeQuarantine = false): ChainNodeIn => ({ id, isCase, confirmedAt, activeQuarantine });
const edge = (from: number, to: number, date = '2021-12-05', reached = true): ChainEdgeIn => ({ from, to, date, reached });

// 1 (case) → 2 (case) → 3 → 4 (case) → 5 → 6 ; 1 → 7 ; 8 → 1 (a source who is not a case)
const nodes = [node(1, true, 1), node(2, true, 2), node(3), node(4, true, 4), node(5), node(6), node(7), node(8)];
const edges = [edge(1, 2), edge(2, 3), edge(3, 4), edge(4, 5), edge(5, 6, '2021-11-01'), edge(1, 7, '2021-12-09', false), edge(8, 1)];

describe('graphDegrees', () => {
  it('is the distance from the nearest case, capped', () => {
    const d = graphDegrees(nodes, edges, 3);
    expect(Object.fromEntries(d)).toEqual({ 1: 0, 2: 0, 3: 1, 4: 0, 5: 1, 6: 2, 7: 1, 8: null });
    expect(graphDegrees(nodes, edges, 1).get(6)).toBeNull();
  });
  it('changes when a contact becomes a case (F2 → F1)', () => {
    const before = graphDegrees([node(1, true), node(2), node(3)], [edge(1, 2), edge(2, 3)], 3);
    expect(before.get(3)).toBe(2);
    const after = graphDegrees([node(1, true), node(2, true), node(3)], [edge(1, 2), edge(2, 3)], 3);
    expect(after.get(3)).toBe(1);
  });
});

describe('generations', () => {
  it('follows infectors through contacts who are not cases', () => {
    const inf = infectors(nodes, edges);
    expect(Object.fromEntries(inf)).toEqual({ 1: null, 2: 1, 4: 2 });
    expect(Object.fromEntries(caseGenerations(inf))).toEqual({ 1: 1, 2: 2, 4: 3 });
  });
  it('cuts a loop of cases listed as each other’s contacts', () => {
    const gen = caseGenerations(new Map([[1, 2], [2, 1], [3, 2]]));
    // 1 and 2 name each other: the loop is cut at 2, who becomes an index case
    expect(Object.fromEntries(gen)).toEqual({ 1: 2, 2: 1, 3: 2 });
  });
  it('prefers the earliest confirmed of equally near infectors', () => {
    const inf = infectors([node(1, true, 5), node(2, true, 3), node(3, true, 9)], [edge(1, 3), edge(2, 3)]);
    expect(inf.get(3)).toBe(2);
  });
});

describe('analyseChain', () => {
  it('counts size, generations, active contacts and those not reached', () => {
    const a = analyseChain([...nodes.slice(0, 7), node(8, false, null, true)], edges, { maxDegree: 3, today: '2021-12-10' });
    expect(a.stats).toEqual({ people: 8, cases: 3, contacts: 5, generations: 3, activeContacts: 4, notReached: 1 });
    expect(a.generation.get(6)).toBe(3);
    expect(a.generation.get(7)).toBe(1);
    expect(a.generation.get(8)).toBeNull();
  });
});

describe('layout', () => {
  it('places every person, index case at the centre', () => {
    const parent = spanningParents(nodes, edges);
    expect(parent.get(1)).toBeNull();
    expect(parent.get(8)).toBe(1);
    expect(parent.size).toBe(nodes.length);
    const pos = radialLayout(nodes, edges);
    expect(pos.size).toBe(nodes.length);
    const r = (id: number) => Math.hypot(pos.get(id)!.x, pos.get(id)!.y);
    expect(r(1)).toBe(0);
    expect(r(2)).toBeCloseTo(10);
    expect(r(3)).toBeCloseTo(20);
  });
  it('lays out 25,000 people quickly', () => {
    const big: ChainNodeIn[] = [];
    const bigEdges: ChainEdgeIn[] = [];
    for (let i = 1; i <= 25_000; i++) {
      big.push(node(i, i % 5 === 1, i));
      if (i > 1) bigEdges.push(edge(Math.floor(i / 4) || 1, i));
    }
    const start = performance.now();
    const pos = radialLayout(big, bigEdges);
    const stats = analyseChain(big, bigEdges, { maxDegree: 3, today: '2021-12-10' }).stats;
    expect(pos.size).toBe(25_000);
    expect(stats.people).toBe(25_000);
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
