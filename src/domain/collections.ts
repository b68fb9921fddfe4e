/** Items grouped by a key, in their order (Map.groupBy, which Node 20 lacks). */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Items in chunks of about `size`, the items of one key never split across chunks (a chunk
 * grows past `size` rather than cut a group); items whose key is null go one by one. Groups
 * keep the order of their first item.
 */
export function chunksByKey<T>(items: T[], key: (item: T) => string | null, size: number): T[][] {
  const groups: T[][] = [];
  const byKey = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = k === null ? undefined : byKey.get(k);
    if (group) group.push(item);
    else {
      const g = [item];
      groups.push(g);
      if (k !== null) byKey.set(k, g);
    }
  }
  const chunks: T[][] = [];
  let chunk: T[] = [];
  for (const g of groups) {
    if (chunk.length && chunk.length + g.length > size) {
      chunks.push(chunk);
      chunk = [];
    }
    chunk.push(...g);
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}
