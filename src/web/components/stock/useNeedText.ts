import { useTranslation } from 'react-i18next';
import type { Purpose, Shortage } from '../../api/stock.ts';
import { useFormat } from '../../hooks/useFormat.ts';

/** What doses are for, "12–17 tuổi, mũi 1", and a shortage, "12–17 tuổi, mũi 1: 340 liều (Pfizer, Moderna)". */
export function useNeedText() {
  const { t } = useTranslation();
  const f = useFormat();
  const purpose = (x: Purpose & { after?: Shortage['after'] }) =>
    t(x.after ? 'stock.need.after' : 'stock.need.purpose', {
      group: t(`campaigns.ageGroups.${x.ageGroup}`),
      stage: t(`stock.need.stages.${x.stage}`),
      product: x.after?.name ?? '',
    });
  const shortage = (x: Shortage) =>
    t('stock.need.doses', {
      purpose: purpose(x),
      doses: f.num(x.doses),
      products: x.products.length ? x.products.map((p) => p.name).join(', ') : t('stock.need.noProduct'),
    });
  return { purpose, shortage };
}
