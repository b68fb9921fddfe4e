import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useUser } from '../../auth/AuthContext.tsx';

/** `base`/:unitId? pages: the unit (the user's own by default) and the query kept in the address. */
export function useUnitAndDate(base: string) {
  const user = useUser();
  const navigate = useNavigate();
  const { unitId: unitParam } = useParams();
  const [search, setSearch] = useSearchParams();
  const unitId = unitParam ? Number(unitParam) : user.unit.id;
  const setParam = (key: string, value: string | null) =>
    setSearch((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const open = (id: number) => navigate(`${base}/${id}${search.toString() ? `?${search}` : ''}`);
  return { unitId, valid: Number.isInteger(unitId) && unitId > 0, search, setParam, open, date: search.get('date') ?? undefined };
}

