import type { Lang } from '../lib/view-state';

const collators = new Map<Lang, Intl.Collator>();

/**
 * The reader's collator for sorting names, numbers inside them in order ("2" before "10"). One per
 * language, made once: making a collator costs more than the sorts on a filter change that use it.
 */
export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang === 'ko' ? 'ko' : 'en', { numeric: true });
    collators.set(lang, collator);
  }
  return collator;
}

/**
 * Code-point order, for keys that are not words (ISO dates): no collator, and the same order in
 * every language.
 */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
