import { createContext, useContext, useEffect } from 'react';
import type { PublicUnit } from '../api/public.ts';

/** The units shown in the portal's breadcrumb: from the nation down to the page's unit. */
export type Trail = PublicUnit[];

export const TrailContext = createContext<(trail: Trail) => void>(() => undefined);

/** A page names its unit and the units above it; the layout draws the breadcrumb. */
export function usePublicTrail(trail: Trail | null): void {
  const set = useContext(TrailContext);
  const key = trail?.map((u) => `${u.id}:${u.name}`).join('/') ?? '';
  useEffect(() => {
    if (trail) set(trail);
    // keyed by content: a new array naming the same units changes nothing
  }, [key, set]);
}
