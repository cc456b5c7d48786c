import type { LocalizedText } from '../lib/schemas';
import type { Lang } from '../lib/view-state';
import { formatKrw } from './format';

/** An amount written inside data text: `{krw:17000}` is 17,000억원, drawn by the KRW formatter. */
const KRW_PLACEHOLDER = /\{krw:(-?\d{1,12})\}/g;

/** Renders the amount placeholders of a text in the reader's language (1조 7,000억원 / KRW 1.7 trillion). */
export function renderAmounts(text: string, lang: Lang): string {
  return text.replace(KRW_PLACEHOLDER, (_match, eok: string) => formatKrw(Number(eok), lang));
}

/** The text in the reader's language, amounts included. Both forms are required by the contract. */
export function localized(text: LocalizedText, lang: Lang): string {
  return renderAmounts(text[lang], lang);
}
