import type { LocalizedText } from '../lib/schemas';
import type { Lang } from '../lib/view-state';

/** The text in the reader's language. Both forms are required by the contract. */
export function localized(text: LocalizedText, lang: Lang): string {
  return text[lang];
}
