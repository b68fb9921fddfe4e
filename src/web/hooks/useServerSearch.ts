import { useEffect, useRef, useState } from 'react';

/**
 * Options searched on the server as the user types: 300 ms after the last key, and only the
 * answer to the latest query is kept (an earlier, slower answer never overwrites it).
 */
export function useServerSearch<T>(q: string, search: (q: string) => Promise<T[]>): { options: T[]; loading: boolean } {
  const [options, setOptions] = useState<T[]>([]);
  const [loading, setLoading] = useState(false);
  const seq = useRef(0);
  const latest = useRef(search);
  latest.current = search;

  useEffect(() => {
    const mine = ++seq.current;
    const timer = setTimeout(() => {
      setLoading(true);
      latest
        .current(q)
        .then((found) => mine === seq.current && setOptions(found))
        .catch(() => mine === seq.current && setOptions([]))
        .finally(() => mine === seq.current && setLoading(false));
    }, 300);
    return () => clearTimeout(timer);
  }, [q]);

  return { options, loading };
}
