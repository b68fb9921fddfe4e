/**
 * The transmission chain around a person: the connected component of the contact graph,
 * walked frontier by frontier (`= any($1)` on the two contact indexes), capped so that one
 * request stays bounded. People outside the user's scope are masked nodes.
 */
import { analyseChain, type ChainEdgeIn, type ChainNodeIn } from '../../../domain/chain.ts';
import type { Queryable } from '../../db/client.ts';
import type { Lang } from '../../http/lang.ts';
import type { Actor } from '../auth/policy.ts';
import { personBriefs, requirePersonInScope } from '../people/scope.ts';
import { MAX_DEGREE } from './degree.ts';
import type { Chain, ChainEdge, ExposureType } from './schema.ts';

/** The most people one chain request walks to. */
export const NODE_CAP = 25_000;

interface EdgeRow {
  id: number;
  from: number;
  to: number;
  exposureType: ExposureType;
  date: string;
  reached: boolean;
}

interface CaseRow {
  personId: number;
  caseId: number;
  status: string;
  confirmedAt: Date;
  clusterId: number | null;
  clusterName: string | null;
}

const edgeColumns = `id, source_person_id as "from", person_id as "to", exposure_type as "exposureType", exposure_date as "date",
  reached_at is not null as "reached"`;

async function edgesAround(db: Queryable, ids: number[]): Promise<EdgeRow[]> {
  return db.query<EdgeRow>({
    text: `select ${edgeColumns} from contact where source_person_id = any($1::bigint[])
           union all
           select ${edgeColumns} from contact where person_id = any($1::bigint[])`,
    values: [ids],
  });
}

/** The latest case of each person. */
async function casesOf(db: Queryable, ids: number[]): Promise<CaseRow[]> {
  if (!ids.length) return [];
  return db.query<CaseRow>({
    text: `select distinct on (k.person_id) k.person_id as "personId", k.id as "caseId", k.status, k.confirmed_at as "confirmedAt",
             k.cluster_id as "clusterId", cl.name as "clusterName"
           from covid_case k left join cluster cl on cl.id = k.cluster_id
           where k.person_id = any($1::bigint[]) order by k.person_id, k.confirmed_at desc`,
    values: [ids],
  });
}

async function inActiveQuarantine(db: Queryable, ids: number[]): Promise<Set<number>> {
  const rows = await db.query<{ personId: number }>({
    text: `select person_id as "personId" from quarantine where status = 'active' and person_id = any($1::bigint[])`,
    values: [ids],
  });
  return new Set(rows.map((r) => Number(r.personId)));
}

export async function buildChain(db: Queryable, actor: Actor, personId: number, maxCases: number, lang: Lang, today: string): Promise<Chain> {
  const start = await requirePersonInScope(db, actor, personId, lang);
  const visited = new Set<number>([start.id]);
  const edges = new Map<number, EdgeRow>();
  const cases = new Map<number, CaseRow>();
  for (const c of await casesOf(db, [start.id])) cases.set(Number(c.personId), c);
  let frontier = [start.id];
  let truncated = false;
  while (frontier.length) {
    // a chain of exactly maxCases cases is still walked to its end
    if (visited.size >= NODE_CAP || cases.size > maxCases) {
      truncated = true;
      break;
    }
    const next: number[] = [];
    for (const e of await edgesAround(db, frontier)) {
      const edge = { ...e, from: Number(e.from), to: Number(e.to) };
      edges.set(Number(e.id), edge);
      for (const id of [edge.from, edge.to]) {
        if (visited.has(id)) continue;
        if (visited.size >= NODE_CAP) {
          truncated = true;
          continue;
        }
        visited.add(id);
        next.push(id);
      }
    }
    for (const c of await casesOf(db, next)) cases.set(Number(c.personId), c);
    frontier = next;
  }

  const ids = [...visited];
  const [briefs, quarantined] = await Promise.all([personBriefs(db, actor, ids), inActiveQuarantine(db, ids)]);
  const edgeList: ChainEdge[] = [...edges.values()]
    .filter((e) => visited.has(e.from) && visited.has(e.to))
    .map((e) => ({ from: e.from, to: e.to, exposureType: e.exposureType, date: e.date, reached: e.reached }));
  const nodesIn: ChainNodeIn[] = ids.map((id) => ({
    id,
    isCase: cases.has(id),
    confirmedAt: cases.get(id)?.confirmedAt.getTime() ?? null,
    activeQuarantine: quarantined.has(id),
  }));
  const analysis = analyseChain(nodesIn, edgeList satisfies ChainEdgeIn[], { maxDegree: MAX_DEGREE, today });
  return {
    personId: start.id,
    nodes: nodesIn.map((n) => {
      const b = briefs.get(n.id);
      const k = cases.get(n.id);
      const visible = b?.visible ?? false;
      return {
        id: n.id,
        degree: analysis.degree.get(n.id) ?? null,
        isCase: n.isCase,
        caseId: k ? Number(k.caseId) : null,
        caseStatus: k?.status ?? null,
        confirmedAt: visible ? (k?.confirmedAt.toISOString() ?? null) : null,
        generation: analysis.generation.get(n.id) ?? null,
        unitId: b?.unitId ?? null,
        visible,
        label: b?.fullName ?? null,
        clusterId: visible && k?.clusterId ? Number(k.clusterId) : null,
        clusterName: visible ? (k?.clusterName ?? null) : null,
        activeQuarantine: n.activeQuarantine ?? false,
      };
    }),
    edges: edgeList,
    stats: analysis.stats,
    truncated,
  };
}
