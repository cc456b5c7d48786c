// What every pack writer (deck, workbook, print) receives: the pack's settings and its items
// as panel specs with their takeaway titles, all in the pack's language.
import { provenanceMix, type PanelData } from '../../../lib/panel-data';
import type { Lang } from '../../../lib/view-state';
import type { PageSize } from './pack';

export interface PackDocumentItem {
  takeaway: string;
  spec: PanelData;
}

export interface PackDocument {
  title: string;
  date: string;
  lang: Lang;
  pageSize: PageSize;
  /** The link that reopens the pack. */
  link: string;
  items: PackDocumentItem[];
}

/** Sources of every item, each once, in order of first use. */
export function packSources(document: PackDocument): PanelData['sources'] {
  const seen = new Map<string, PanelData['sources'][number]>();
  for (const item of document.items)
    for (const source of item.spec.sources) if (!seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}

export function mixOf(spec: PanelData) {
  return provenanceMix(spec.chart);
}
