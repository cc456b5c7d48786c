import { useTranslation } from '../../../i18n/i18n';
import { selectFilters, useUiStore } from '../../../lib/ui-store';
import type { Facet } from '../model/apply-filters';
import { Bidi } from '../../../components/bidi';
import { isolate } from '../../../lib/bidi';

interface Props {
  labelFor: (facet: Facet, value: string) => string;
  onToggle: (facet: Facet, value: string) => void;
}

export function ActiveFilterChips({ labelFor, onToggle }: Props) {
  const { t } = useTranslation('filters');
  const filters = useUiStore(selectFilters);
  const setFilters = useUiStore((state) => state.setFilters);
  const clearFilters = useUiStore((state) => state.clearFilters);
  const chips = (['institutions', 'strategies', 'statuses', 'kinds'] as const).flatMap((facet) =>
    filters[facet].map((value) => ({
      facet,
      value,
      label: labelFor(facet, value),
    })),
  );
  if (chips.length === 0 && !filters.query) return null;
  return (
    <div className="chips" role="group" aria-label={t('active')}>
      {chips.map((chip) => (
        <button
          key={`${chip.facet}:${chip.value}`}
          type="button"
          className="chip"
          aria-label={t('remove', { label: isolate(chip.label) })}
          onClick={() => onToggle(chip.facet, chip.value)}
        >
          <Bidi>{chip.label}</Bidi> <span aria-hidden="true">×</span>
        </button>
      ))}
      {filters.query ? (
        <button
          type="button"
          className="chip"
          aria-label={t('remove', {
            label: t('searchChip', { query: filters.query }),
          })}
          onClick={() => setFilters({ query: '' })}
        >
          {t('searchChip', { query: filters.query })} <span aria-hidden="true">×</span>
        </button>
      ) : null}
      <button type="button" className="link-button" onClick={clearFilters}>
        {t('clearAll')}
      </button>
    </div>
  );
}
