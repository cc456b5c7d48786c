import { memo, useCallback, useId, useMemo } from 'react';
import { isMessageKey, useTranslation } from '../../../i18n/i18n';
import { formatCount } from '../../../i18n/format';
import { localized } from '../../../i18n/localized';
import type { Initiative, Institution, Strategy } from '../../../lib/schemas';
import { useUiStore, type UiState } from '../../../lib/ui-store';
import { commitmentKinds, kindModule } from '../../../lib/commitment-kinds';
import { pledgeStatuses, type Filters } from '../../../lib/view-state';
import { facetCounts, type Facet, type FilterableProgram } from '../model/apply-filters';
import { ActiveFilterChips } from './active-filter-chips';
import { CopyLinkButton } from './copy-link-button';
import { FacetOptions, type FacetOption } from './facet-options';
import { useLang } from '../../../lib/ui-provided';

interface Props {
  items: readonly FilterableProgram[];
  shownCount: number;
  /**
   * The filters the counts (beside the options, and "showing N of M") are drawn from: the page's,
   * a step behind a change while it renders in the background. The options themselves and the
   * chips follow the store at once.
   */
  countedFilters: Filters;
  institutions: readonly Institution[];
  initiatives: readonly Initiative[];
  strategies: readonly Strategy[];
  /** Words for a status, from the programs feature (composed by app/). */
  statusLabel: (status: string) => string;
}

function toggle(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** The filters after ticking or unticking one option (statuses and kinds kept in their order). */
function toggled(filters: Filters, facet: Facet, value: string): Partial<Filters> {
  const next: Partial<Filters> = {};
  switch (facet) {
    case 'institutions':
      next.institutions = toggle(filters.institutions, value);
      break;
    case 'strategies':
      next.strategies = toggle(filters.strategies, value);
      break;
    case 'statuses':
      next.statuses = pledgeStatuses.filter((status) => toggle(filters.statuses, value).includes(status));
      break;
    case 'kinds':
      next.kinds = commitmentKinds.filter((kind) => toggle(filters.kinds, value).includes(kind));
      break;
  }
  return next;
}

export function FilterBar({
  items,
  shownCount,
  countedFilters,
  institutions,
  initiatives,
  strategies,
  statusLabel,
}: Props) {
  const { t } = useTranslation('filters');
  const lang = useLang();
  const setFilters = useUiStore((state) => state.setFilters);
  const searchId = useId();

  const counts = useMemo(() => facetCounts(items, countedFilters), [items, countedFilters]);

  // Stable, so the options whose count and check did not change are not rendered again.
  const onToggle = useCallback(
    (facet: Facet, value: string) => setFilters(toggled(useUiStore.getState().filters, facet, value)),
    [setFilters],
  );

  // The options follow the data, the language and the counts, not the ticks: a tick renders the
  // facet it changes (which reads its own selection from the store) and the chips, not the bar.
  const options = useMemo(() => {
    // Only institutions that made at least one pledge, and statuses some pledge has, are offered.
    const pledging = new Set(items.flatMap((item) => item.program.institutionIds));
    const present = new Set(items.map((item) => item.status));
    const institutionOptions: FacetOption[] = institutions
      .filter((institution) => pledging.has(institution.id))
      .map((institution) => ({
        value: institution.id,
        label: localized(institution.name, lang),
        count: counts.institutions.get(institution.id) ?? 0,
      }));
    const strategyGroups = initiatives.map((initiative) => ({
      label: localized(initiative.name, lang),
      options: strategies
        .filter((strategy) => strategy.initiativeId === initiative.id)
        .map((strategy) => ({
          value: strategy.id,
          label: localized(strategy.name, lang),
          count: counts.strategies.get(strategy.id) ?? 0,
        })),
    }));
    const statusOptions: FacetOption[] = pledgeStatuses
      .filter((status) => present.has(status))
      .map((status) => ({
        value: status,
        label: statusLabel(status),
        count: counts.statuses.get(status) ?? 0,
      }));
    const kindOptions: FacetOption[] = commitmentKinds.map((kind) => ({
      value: kind,
      label: t(kindModule(kind).labelKey),
      count: counts.kinds.get(kind) ?? 0,
    }));
    return {
      institutions: [{ options: institutionOptions }],
      strategies: strategyGroups,
      statuses: [{ options: statusOptions }],
      kinds: [{ options: kindOptions }],
    };
  }, [items, institutions, initiatives, strategies, statusLabel, counts, lang, t]);

  const labelFor = useCallback(
    (facet: Facet, value: string): string => {
      const kindKey = `filters:kinds.${value}`;
      if (facet === 'kinds') return isMessageKey(kindKey) ? t(kindKey) : value;
      const all = options[facet].flatMap((group) => group.options);
      return all.find((option) => option.value === value)?.label ?? value;
    },
    [options, t],
  );

  return (
    <section className="filter-bar" aria-labelledby={`${searchId}-heading`}>
      <h2 id={`${searchId}-heading`} className="visually-hidden">
        {t('heading')}
      </h2>
      <div className="filter-bar__controls">
        <SearchBox id={searchId} label={t('search')} placeholder={t('searchPlaceholder')} />
        <FacetOptions label={t('institution')} groups={options.institutions} facet="institutions" onToggle={onToggle} />
        <FacetOptions label={t('strategy')} groups={options.strategies} facet="strategies" onToggle={onToggle} />
        <FacetOptions label={t('status')} groups={options.statuses} facet="statuses" onToggle={onToggle} />
        <FacetOptions label={t('kind')} groups={options.kinds} facet="kinds" onToggle={onToggle} />
      </div>
      <p className="filter-bar__results" role="status" aria-live="polite">
        {t('results', { shown: formatCount(shownCount, lang), total: formatCount(items.length, lang) })}
      </p>
      {/* A line of its own, there with or without filters: the first filter ticked puts its chip
          beside the link instead of adding a line, so the answer below does not move. */}
      <div className="filter-bar__line">
        <ActiveFilterChips labelFor={labelFor} onToggle={onToggle} />
        <CopyLinkButton />
      </div>
    </section>
  );
}

/** The search field, following the store's query (the only part of the bar that reads it). */
const SearchBox = memo(function SearchBox({
  id,
  label,
  placeholder,
}: {
  id: string;
  label: string;
  placeholder: string;
}) {
  const query = useUiStore(selectQuery);
  return (
    <div className="filter-bar__search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={query}
        placeholder={placeholder}
        maxLength={200}
        onChange={(event) => useUiStore.getState().setFilters({ query: event.target.value })}
      />
    </div>
  );
});

const selectQuery = (state: UiState) => state.filters.query;
