import { useTranslation } from '../../../i18n/i18n';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

interface Props {
  label: string;
  groups: readonly { label?: string; options: readonly FacetOption[] }[];
  selected: readonly string[];
  onToggle: (value: string) => void;
}

/** A disclosure holding a labelled group of checkboxes; each option shows how many it leaves. */
export function FacetOptions({ label, groups, selected, onToggle }: Props) {
  const { t } = useTranslation('filters');
  return (
    <details className="facet">
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
            {group.label ? <p className="facet__group-label">{group.label}</p> : null}
            {group.options.map((option) => (
              <label key={option.value} className="facet__option">
                <input
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={() => onToggle(option.value)}
                />
                <span>{option.label}</span>
                <span className="facet__count" aria-label={`(${option.count})`}>
                  {option.count}
                </span>
              </label>
            ))}
          </div>
        ))}
      </fieldset>
    </details>
  );
}
