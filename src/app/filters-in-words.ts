// The view's filters in words ("Institution: Hana, Woori; Status: Behind"), for subtitles,
// exports, the document title and the pack: one function for the overview and the pack.
import { describeFilters } from '../features/filters/model/describe-filters';
import { isMessageKey, translate, type TFunction } from '../i18n/i18n';
import { localized } from '../i18n/localized';
import type { Institution, Strategy } from '../lib/schemas';
import type { emptyFilters, Lang } from '../lib/view-state';

export interface FilterNames {
  institutions: readonly Institution[];
  strategies: readonly Strategy[];
}

/** `wrapName` marks names for bidi isolation on screen; exports take them as they are. */
export function filtersInWords(
  filters: typeof emptyFilters,
  names: FilterNames,
  lang: Lang,
  wrapName: (name: string) => string = (name) => name,
): string {
  const t: TFunction = (key, options) => translate(lang, key, options);
  // Status and kind ids come from the URL: a key built from one is checked against the catalog.
  const messageOr = (key: string, fallback: string) => (isMessageKey(key) ? t(key) : fallback);
  const nameOf = (list: readonly (Institution | Strategy)[], id: string) => {
    const found = list.find((item) => item.id === id);
    return wrapName(found ? localized(found.name, lang) : id);
  };
  return describeFilters(filters, {
    institution: (id) => nameOf(names.institutions, id),
    strategy: (id) => nameOf(names.strategies, id),
    status: (id) => messageOr(`status:label.${id}`, id),
    kind: (id) => messageOr(`filters:kinds.${id}`, id),
    labels: {
      institution: t('filters:institution'),
      strategy: t('filters:strategy'),
      status: t('filters:status'),
      kind: t('filters:kind'),
      search: t('filters:search'),
      none: t('panels:noFilters'),
    },
  });
}
