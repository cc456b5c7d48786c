// @vitest-environment node
// Each language is pure in what we write too: an English export shows Hangul only in a source's
// original Korean headline, a Korean export shows no "trillion" / "billion" but in an English
// headline. Checked over every panel the pack can hold (the overview's charts, the context
// charts and every pledge's progress path), in the SVG, the CSV, the clipboard caption, the deck
// and the workbook, in both languages and both datasets.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultResources, demoResources } from '../../mocks/resources';
import { contextPanels } from '../../src/app/panel-registry';
import { indicatorPanelId } from '../../src/features/indicators/model/indicator-panel-definition';
import { resolvePackItems } from '../../src/app/pack-specs';
import {
  buildSnapshot,
  clipboardText,
  csvPreamble,
  type ExportContext,
} from '../../src/features/export/export-actions';
import { panelToCsv } from '../../src/features/export/model/csv';
import type { PackDocument } from '../../src/features/pack/model/document';
import { writePptx } from '../../src/features/pack/writers/pptx';
import { writeXlsx } from '../../src/features/pack/writers/xlsx';
import { translate } from '../../src/i18n/i18n';
import type { ApiResources } from '../../src/lib/dataset';
import type { PanelData } from '../../src/lib/panel-data';
import type { Lang } from '../../src/lib/view-state';

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const ENGLISH_UNITS = /\b(trillion|billion)\b/i;

// The overview's panels: the pledge charts under both groupings, and every registered context chart.
const overviewPanels = [
  'pledged-vs-reported',
  'composition-by-institution',
  'composition-by-strategy',
  ...contextPanels.map(indicatorPanelId),
];

function specs(resources: ApiResources, lang: Lang, demo: boolean): PanelData[] {
  const ids = [
    ...overviewPanels,
    ...resources.programs.programs.filter((program) => program.progress.length > 0).map((p) => `progress-${p.id}`),
  ];
  const resolved = resolvePackItems(
    ids.map((panelId, index) => ({
      id: `i${index}`,
      panelId,
      query: '',
      datasetVersion: resources.meta.datasetVersion,
      takeaway: '',
    })),
    {
      programs: resources.programs.programs,
      institutions: resources.institutions.institutions,
      strategies: resources.strategies.strategies,
      indicators: new Map(resources.indicators.indicators.map((indicator) => [indicator.id, indicator])),
      asOf: resources.meta.asOf,
      context: { datasetVersion: resources.meta.datasetVersion, demo },
    },
    lang,
  );
  return resolved.flatMap((entry) => (entry.spec ? [entry.spec] : []));
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

/** What a reader of a markup file sees: the text between tags (attributes such as font names aside). */
function markupText(markup: string): string {
  const decoded = [...markup.matchAll(/>([^<]+)</g)].map((match) =>
    (match[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;|&#39;|&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
  return squash(decoded.join(' '));
}

/** The text with every headline quoted in the `quoted` language taken out. */
function withoutHeadlines(text: string, resources: ApiResources, quoted: Lang): string {
  const headlines = (resources.strategies.sources ?? [])
    .concat(resources.programs.programs.flatMap((program) => program.sources))
    .flatMap((source) => (source.headline?.lang === quoted ? [squash(source.headline.text)] : []));
  let out = squash(text);
  for (const headline of [...new Set(headlines)].sort((a, b) => b.length - a.length))
    out = out.split(headline).join(' … ');
  return out;
}

function offending(text: string, resources: ApiResources, lang: Lang): string[] {
  const rest = withoutHeadlines(text, resources, lang === 'en' ? 'ko' : 'en');
  const pattern = new RegExp(lang === 'en' ? HANGUL.source : ENGLISH_UNITS.source, 'gi');
  return [...rest.matchAll(pattern)].map((match) => rest.slice(Math.max(0, match.index - 50), match.index + 30).trim());
}

async function unzippedText(blob: Blob): Promise<string> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.entries(files)
    .filter(([name]) => name.endsWith('.xml'))
    .map(([, bytes]) => markupText(strFromU8(bytes)))
    .join(' ');
}

describe('every export is in one language', () => {
  for (const [name, resources, demo] of [
    ['reported', defaultResources, false],
    ['demo', demoResources, true],
  ] as const) {
    for (const lang of ['en', 'ko'] as const) {
      it(`${lang}, ${name} dataset: SVG, CSV, clipboard caption, deck and workbook`, async () => {
        const panels = specs(resources, lang, demo);
        expect(panels.length).toBeGreaterThanOrEqual(overviewPanels.length);
        const problems: string[] = [];
        for (const panel of panels) {
          const context: ExportContext = {
            panel,
            lang,
            scope: 'shown',
            link: 'https://tracker.example.org/?v=1',
            view: {},
            csv: {
              unit: {
                'krw-eok': translate(lang, 'export:unit.krw-eok'),
                count: translate(lang, 'export:unit.count'),
                percent: translate(lang, 'export:unit.percent'),
              },
              provenanceHeader: translate(lang, 'common:dataColumn'),
              provenance: {
                reported: translate(lang, 'common:provenance.reported'),
                derived: translate(lang, 'common:provenance.derived'),
                illustrative: translate(lang, 'common:provenance.illustrative'),
                mixed: translate(lang, 'common:provenance.mixed'),
              },
            },
          };
          const texts = {
            svg: markupText(buildSnapshot(context).svg),
            // A CSV field doubles its quotes.
            csv: panelToCsv(panel, { ...context.csv, preamble: csvPreamble(context) }).replace(/""/g, '"'),
            clipboard: clipboardText(context, 'data:image/png;base64,').text,
          };
          for (const [kind, text] of Object.entries(texts))
            problems.push(...offending(text, resources, lang).map((line) => `${panel.panelId} ${kind}: ${line}`));
        }
        const document: PackDocument = {
          title: lang === 'ko' ? '주간 브리핑' : 'Weekly briefing',
          date: '2026-11-30',
          lang,
          pageSize: '16:9',
          link: 'https://tracker.example.org/#pack=abc',
          items: panels.map((spec) => ({ takeaway: spec.title, spec })),
        };
        for (const [kind, blob] of [
          ['deck', await writePptx(document)],
          ['workbook', await writeXlsx(document)],
        ] as const)
          problems.push(...offending(await unzippedText(blob), resources, lang).map((line) => `${kind}: ${line}`));
        expect(problems).toEqual([]);
      });
    }
  }
});
