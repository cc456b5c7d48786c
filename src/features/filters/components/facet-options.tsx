import { memo } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import type { Facet } from '../model/apply-filters';
import { useUiStore } from '../../../lib/ui-store';
import { Bidi } from '../../../components/bidi';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

interface Props {
  label: string;
  facet: Facet;
  groups: readonly { label?: string; options: readonly FacetOption[] }[];
  /**
   * Stable across renders, so options whose count and check did not change are skipped (and the
   * whole facet, when its options did not change).
   */
  onToggle: (facet: Facet, value: string) => void;
}

/**
 * A disclosure holding a labelled group of checkboxes; each option shows how many it leaves. The
 * facets are one group: opening one closes the one open before, so their floating panels never
 * lie over each other.
 */
export const FacetOptions = memo(function FacetOptions({ label, facet, groups, onToggle }: Props) {
  const { t } = useTranslation('filters');
  // Its own selection from the store: a tick in another facet does not render this one.
  const selected: readonly string[] = useUiStore((state) => state.filters[facet]);
  return (
    <details className="facet" name="filter-facets">
      <summary>
        {label}
        {selected.length > 0 ? (
          <span className="facet__selected"> ({t('selectedCount', { count: selected.length })})</span>
        ) : null}
      </summary>
      <fieldset className="facet__options">
        <legend className="visually-hidden">{label}</legend>
        {groups.map((group, index) => (
          <div key={group.label ?? index} className="facet__group" role="group" aria-label={group.label}>
            {group.label ? (
              <p className="facet__group-label">
                <Bidi>{group.label}</Bidi>
              </p>
            ) : null}
            {group.options.map((option) => (
              <FacetOptionRow
                key={option.value}
                facet={facet}
                value={option.value}
                label={option.label}
                count={option.count}
                checked={selected.includes(option.value)}
                onToggle={onToggle}
              />
            ))}
          </div>
        ))}
      </fieldset>
    </details>
  );
});

const FacetOptionRow = memo(function FacetOptionRow({
  facet,
  value,
  label,
  count,
  checked,
  onToggle,
}: {
  facet: Facet;
  value: string;
  label: string;
  count: number;
  checked: boolean;
  onToggle: (facet: Facet, value: string) => void;
}) {
  return (
    <label className="facet__option">
      <input type="checkbox" checked={checked} onChange={() => onToggle(facet, value)} />
      <span>
        <Bidi>{label}</Bidi>
      </span>{' '}
      <span className="facet__count" aria-label={`(${count})`}>
        {count}
      </span>
    </label>
  );
});
