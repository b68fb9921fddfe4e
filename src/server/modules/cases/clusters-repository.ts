import { sql } from '../../db/sql.ts';
import type { Queryable } from '../../db/client.ts';

export type ClusterStatus = 'active' | 'monitoring' | 'closed';

export interface ClusterRow {
  id: number;
  unitId: number;
  unitPath: string;
  unitName: string;
  name: string;
  place: string | null;
  status: ClusterStatus;
  openedOn: string;
  closedOn: string | null;
  cases: number;
  activeCases: number;
  lastConfirmedAt: Date | null;
}

const columns = `c.id, c.unit_id as "unitId", o.path as "unitPath", o.full_name as "unitName", c.name, c.place, c.status,
  to_char(c.opened_on, 'YYYY-MM-DD') as "openedOn", to_char(c.closed_on, 'YYYY-MM-DD') as "closedOn",
  (select count(*)::int from covid_case k where k.cluster_id = c.id) as cases,
  (select count(*)::int from covid_case k where k.cluster_id = c.id and k.status not in ('recovered', 'died')) as "activeCases",
  (select max(k.confirmed_at) from covid_case k where k.cluster_id = c.id) as "lastConfirmedAt"`;

export async function findCluster(db: Queryable, id: number, forUpdate = false): Promise<ClusterRow | undefined> {
  const rows = await db.query<ClusterRow>({
    text: `select ${columns} from cluster c join org_unit o on o.id = c.unit_id where c.id = $1 ${forUpdate ? 'for update of c' : ''}`,
    values: [id],
  });
  return rows[0];
}

export async function listClusters(db: Queryable, scopePath: string, status: ClusterStatus | null): Promise<ClusterRow[]> {
  return db.query<ClusterRow>({
    text: `select ${columns} from cluster c join org_unit o on o.id = c.unit_id
      where o.path ~>=~ $1 and o.path ~<~ subtree_end($1) and ($2::text is null or c.status = $2)
      order by c.status = 'closed', c.opened_on desc, c.id desc limit 1000`,
    values: [scopePath, status],
  });
}

export async function insertCluster(
  db: Queryable,
  c: { unitId: number; name: string; place: string | null; openedOn: string; userId: number },
): Promise<number> {
  const rows = await db.query<{ id: number }>(sql`
    insert into cluster (unit_id, name, place, opened_on, created_by)
    values (${c.unitId}, ${c.name}, ${c.place}, ${c.openedOn}::date, ${c.userId}) returning id`);
  return rows[0]!.id;
}

export async function updateCluster(
  db: Queryable,
  id: number,
  c: { name: string; place: string | null; status: ClusterStatus; closedOn: string | null },
): Promise<void> {
  await db.execute(sql`
    update cluster set name = ${c.name}, place = ${c.place}, status = ${c.status}, closed_on = ${c.closedOn}::date where id = ${id}`);
}
