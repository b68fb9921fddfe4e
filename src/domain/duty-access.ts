/**
 * Who may read a unit's duty roster and hotlines (paths are materialised: '/1/22/193/').
 * "Upper levels direct lower levels, lower levels report to upper levels, units at the same
 * level coordinate": a unit's roster is seen by the levels above it (it is in their scope), by
 * its own subtree (they call up the chain) and by the units beside it (same parent).
 */
export const parentPath = (path: string): string | null => {
  const cut = path.slice(0, -1).lastIndexOf('/');
  return cut > 0 ? path.slice(0, cut + 1) : null;
};

export function dutyReadable(actorPath: string, unitPath: string): boolean {
  if (unitPath.startsWith(actorPath) || actorPath.startsWith(unitPath)) return true;
  const parent = parentPath(unitPath);
  return parent !== null && parent === parentPath(actorPath);
}
