/** Addresses inside the public portal. */
export const publicUnitPath = (unitId: number, level?: number): string => (level === 0 ? '/public' : `/public/${unitId}`);

export const openDataPath = (unitId?: number): string => (unitId ? `/public/open-data?unitId=${unitId}` : '/public/open-data');
