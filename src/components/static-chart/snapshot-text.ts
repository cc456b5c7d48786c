// The words around an exported chart (header, notes, footer), in the reader's language, from
// the panel spec alone. Shared by the SVG/PNG frame, the clipboard, the deck and the workbook.
import { formatDate } from '../../i18n/format';
import { translate } from '../../i18n/i18n';
import { provenanceMix, type PanelData } from '../../lib/panel-data';
import { citationText } from '../../lib/citation';
import type { Source } from '../../lib/schemas';
import type { Lang } from '../../lib/view-state';
import { st } from './messages';

export interface SnapshotText {
  title: string;
  subtitle: string;
  /** "Filters: …", or a plain statement that the page's filters do not apply. */
  filtersLine: string;
  asOfLine: string;
  /** One line per source, none dropped. */
  sourceLines: string[];
  sourcesHeading: string;
  mixLine: string;
  illustrativeLine: string | null;
  derivedLine: string | null;
  demoLine: string | null;
  datasetLine: string;
  notesHeading: string;
  openView: string;
}

export function sourceLine(source: Source, lang: Lang): string {
  const cited = citationText(source, lang, formatDate(source.date, lang));
  return source.url ? `${cited}, ${source.url}` : cited;
}

export function filtersLine(panel: PanelData, lang: Lang): string {
  return panel.filters.applies ? st(lang, 'filters', { filters: panel.filters.text }) : st(lang, 'noFiltersApply');
}

export function snapshotText(panel: PanelData, lang: Lang): SnapshotText {
  const mix = provenanceMix(panel.chart);
  return {
    title: panel.title,
    subtitle: panel.subtitle,
    filtersLine: filtersLine(panel, lang),
    asOfLine: st(lang, 'asOf', { date: formatDate(panel.asOf, lang) }),
    sourcesHeading: st(lang, 'sources', { list: '' }).trim(),
    sourceLines: panel.sources.length
      ? panel.sources.map((source) => sourceLine(source, lang))
      : [translate(lang, 'common:noSource')],
    mixLine: st(lang, 'mix', { ...mix }),
    illustrativeLine: panel.containsIllustrative ? st(lang, 'illustrative') : null,
    derivedLine: panel.containsDerived ? st(lang, 'derived') : null,
    demoLine: panel.demo ? st(lang, 'demo') : null,
    datasetLine: st(lang, 'datasetVersion', { version: panel.datasetVersion || '—' }),
    notesHeading: st(lang, 'notesHeading'),
    openView: st(lang, 'openView'),
  };
}
