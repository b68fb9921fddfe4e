import { useMemo } from 'react';
import { useAsync } from '../../hooks/useAsync.ts';
import { fetchChildUnits } from '../../api/contacts.ts';
import { useUser } from '../../auth/AuthContext.tsx';

/** Units a line listing offers for residence and registration: the user's own and those directly under it. */
export function useUnitOptions(): { value: string; label: string }[] {
  const user = useUser();
  const children = useAsync(() => (user.unit.level < 3 ? fetchChildUnits(user.unit.id) : null), [user.unit.id]);
  return useMemo(
    () => [user.unit, ...(children.data ?? [])].map((u) => ({ value: String(u.id), label: u.fullName })),
    [user.unit, children.data],
  );
}
