// How a source is cited to a reader: publisher in the reader's language, the original headline
// when known (quoted in its own language; a page in the other language adds the gloss), date.
import type { Source } from './schemas';
import type { Lang } from './view-state';

export interface CitedTitle {
  text: string;
  /** The language `text` is in (mark it when it differs from the page's). */
  lang: Lang;
  /** The gloss in the reader's language, when `text` is in the other one. */
  gloss: string | null;
}

export function citedTitle(source: Source, lang: Lang): CitedTitle {
  const { headline } = source;
  if (headline)
    return { text: headline.text, lang: headline.lang, gloss: headline.lang === lang ? null : source.title[lang] };
  return { text: source.title[lang], lang, gloss: null };
}

/** One line of plain text for exports: publisher, “title” (gloss), date. */
export function citationText(source: Source, lang: Lang, date: string): string {
  const title = citedTitle(source, lang);
  return `${source.publisher[lang]}, “${title.text}”${title.gloss ? ` (${title.gloss})` : ''}, ${date}`;
}
