// @vitest-environment node
// The change digest as a briefing item: one table row per change with the figures before, after
// and Δ in the reader's language, a chart of the largest money changes (revisions apart from new
// figures), and a takeaway drawn from it — each language pure.
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { suggestTakeaway } from '../../src/app/pack-specs';
import { digestPanelLabels } from '../../src/features/programs/digest-labels';
import { computeDigest } from '../../src/features/programs/model/digest';
import {
  MAX_DIGEST_BARS,
  MAX_DIGEST_ROWS,
  digestPanel,
  vintageSources,
} from '../../src/features/programs/model/digest-panel';
import { writePptx } from '../../src/features/pack/writers/pptx';
import { writeXlsx } from '../../src/features/pack/writers/xlsx';
import { formatDate } from '../../src/i18n/format';
import { translate, type Translator } from '../../src/i18n/i18n';
import type { PanelData } from '../../src/lib/panel-data';
import type { Vintage } from '../../src/lib/vintages';
import type { Lang } from '../../src/lib/view-state';
import { programRecord, syntheticDataset, vintagePair } from '../support/vintage-factory';

const HANGUL = /[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF]/;
const ENGLISH_UNITS = /\b(trillion|billion|million)\b/i;
const FROM = '2025-12-31';
const TO = '2026-03-31';

const vintage = (id: string, recordedUpTo: string, asOf: string, latest: boolean): Vintage => ({
  id,
  name: { ko: id, en: id },
  recordedUpTo,
  asOf,
  latest,
});

// A pledge whose June reading was corrected (1조 → 1조 2,000억), that reported 3조 for December,
// and gained a plan of 500억; a second pledge recorded after the briefing; a loans series point.
const dataset = syntheticDataset(
  [
    programRecord({
      id: 'fund',
      progress: [
        { date: '2025-06-30', value: 10_000, provenance: 'reported', sourceIds: ['s1'] },
        { date: '2025-06-30', value: 12_000, provenance: 'reported', sourceIds: ['s2'], recordedAt: '2026-02-01' },
        { date: '2025-12-31', value: 30_000, provenance: 'reported', sourceIds: ['s3'], recordedAt: '2026-01-15' },
      ],
      plans: [{ year: 2026, value: 500, provenance: 'reported', sourceIds: ['s1'], recordedAt: '2026-02-01' }],
    }),
    programRecord({
      id: 'late',
      commitmentFigure: { provenance: 'reported', sourceIds: ['s1'], recordedAt: '2026-03-01' },
    }),
  ],
  [
    {
      id: 'loans',
      name: { ko: '기업대출', en: 'Corporate loans' },
      summary: { ko: '요약', en: 'summary' },
      unit: 'krw-eok',
      measure: 'level',
      series: [
        {
          id: 'total',
          name: { ko: '합계', en: 'Total' },
          points: [
            { date: '2025-11-30', value: 8_000_000, kind: 'month-end', provenance: 'reported', sourceIds: ['s1'] },
            {
              date: '2026-01-31',
              value: 8_100_000,
              kind: 'month-end',
              provenance: 'reported',
              sourceIds: ['s1'],
              recordedAt: '2026-02-15',
            },
          ],
        },
      ],
      breaks: [],
      notes: [],
    },
  ],
);

function build(lang: Lang, from = FROM, to = TO) {
  const { older, newer } = vintagePair(dataset, from, to);
  const digest = computeDigest(older, newer, { fromRecordedUpTo: from, toRecordedUpTo: to });
  const t: Translator = (key, options) => translate(lang, key, options);
  const comparison = vintage(`briefing-${from}`, from, older.meta.asOf, false);
  const latest = vintage('latest', to, newer.meta.asOf, true);
  const spec = digestPanel(digest, lang, digestPanelLabels(t, lang, comparison, latest), {
    datasetVersion: 'synthetic',
    demo: false,
    sources: vintageSources(older, newer),
  });
  return { digest, spec, newer };
}

const rowAbout = (spec: PanelData, change: RegExp, date: string) => {
  const row = spec.rows.find((item) => change.test(String(item.cells.change)) && item.cells.date === date);
  if (!row) throw new Error(`no row ${String(change)} ${date}`);
  return row.cells;
};

/** Every word the spec puts in front of a reader (sources aside: they quote their own language). */
function words(spec: PanelData): string {
  return [
    spec.title,
    spec.subtitle,
    ...spec.columns.map((column) => column.label),
    ...spec.rows.flatMap((row) => Object.values(row.cells).map(String)),
    ...spec.chart.x.values,
    spec.chart.x.label,
    ...spec.chart.series.map((series) => series.label),
    ...spec.chart.notes.map((note) => note.label),
  ].join('\n');
}

describe('the change digest as panel data', () => {
  it('lists each change with before, after and Δ, and charts revisions apart from new figures (English)', () => {
    const { digest, spec, newer } = build('en');
    expect(spec.panelId).toBe('digest');
    expect(spec.title).toBe('What changed since 31 Dec 2025');
    expect(spec.asOf).toBe(newer.meta.asOf);
    expect(spec.filters).toEqual({ applies: false });
    expect(spec.rows).toHaveLength(digest.rows.length);
    expect(spec.truncatedFrom).toBeUndefined();

    expect(rowAbout(spec, /^Figure revised/, '2025-06-30')).toMatchObject({
      subject: 'Pledge fund',
      before: 'KRW 1 trillion',
      after: 'KRW 1.2 trillion',
      delta: '+KRW 200 billion',
      deltaPercent: 20,
      group: 'Performance',
    });
    expect(rowAbout(spec, /^New figure/, '2025-12-31')).toMatchObject({
      before: '—',
      after: 'KRW 3 trillion',
      delta: '—',
      deltaPercent: null,
    });
    const added = spec.rows.find((row) => row.cells.change === 'Pledge added');
    expect(added?.cells).toMatchObject({ subject: 'Pledge late', group: 'Composition' });
    const loans = spec.rows.find((row) => row.cells.subject === 'Corporate loans (total)');
    expect(loans?.cells).toMatchObject({ after: 'KRW 810 trillion', group: 'Performance' });

    // Largest first: the new 3조 reading, then the 2,000억 correction. The 500억 plan (promised,
    // not reported), the series' point and the pledge that entered the cut are table rows only.
    expect(spec.chart.x.values).toEqual(['Pledge fund · 31 Dec 2025', 'Pledge fund · 30 Jun 2025']);
    expect(rowAbout(spec, /^New figure/, '2026-12-31')).toMatchObject({ after: 'KRW 50 billion' });
    const series = Object.fromEntries(spec.chart.series.map((item) => [item.key, item]));
    expect(series.revised?.label).toBe('Revised money figure: after − before');
    expect(series.revised?.points.map((point) => point.value)).toEqual([null, 2_000]);
    expect(series.added?.points.map((point) => point.value)).toEqual([30_000, null]);
    expect(series.added?.points[0]).toMatchObject({ provenance: 'reported', sourceIds: ['s3'] });
    expect(spec.chart.y.unit).toBe('krw-eok');
    // The sources the rows cite, each once.
    expect(spec.sources.map((source) => source.id).sort()).toEqual(['s1', 's2', 's3']);
    expect(spec.empty).toBe(false);

    expect(words(spec)).not.toMatch(HANGUL);
    expect(words(spec)).not.toMatch(/[조억]/);
  });

  it('says the same in Korean, with no English units', () => {
    const { spec } = build('ko');
    expect(spec.title).toBe('2025년 12월 31일 이후 달라진 점');
    expect(rowAbout(spec, /^수치 정정/, '2025-06-30')).toMatchObject({
      subject: '공약 fund',
      before: '1조원',
      after: '1조 2,000억원',
      delta: '+2,000억원',
      deltaPercent: 20,
      group: '성과',
    });
    expect(spec.chart.x.values[0]).toBe('공약 fund · 2025년 12월 31일');
    expect(spec.chart.series.map((series) => series.label).sort()).toEqual([
      '새로 보고된 금액',
      '정정된 금액: 이후 − 이전',
    ]);
    expect(words(spec)).not.toMatch(ENGLISH_UNITS);
  });

  it('suggests a takeaway from its own figures, in each language', () => {
    const en = build('en').spec;
    const ko = build('ko').spec;
    const count = en.rows.length;
    expect(suggestTakeaway(en, 'en', { since: formatDate(FROM, 'en') })).toBe(
      `Since 31 Dec 2025: ${count} changes; largest new figure KRW 3 trillion, Pledge fund · 31 Dec 2025`,
    );
    expect(suggestTakeaway(ko, 'ko', { since: formatDate(FROM, 'ko') })).toBe(
      `2025년 12월 31일 이후 변경 ${count}건, 가장 큰 새 수치 3조원(공약 fund · 2025년 12월 31일)`,
    );
  });

  it('is empty when nothing changed, and its takeaway says so', () => {
    const { spec } = build('en', TO, TO);
    expect(spec.empty).toBe(true);
    expect(spec.rows).toEqual([]);
    expect(spec.chart.x.values).toEqual([]);
    expect(suggestTakeaway(spec, 'en', { since: formatDate(TO, 'en') })).toBe('Nothing changed since 31 Mar 2026');
  });

  it('draws at most 40 rows and the 12 largest bars, and says how many there were', () => {
    const programs = Array.from({ length: 50 }, (_, index) =>
      programRecord({
        id: `p${String(index).padStart(2, '0')}`,
        progress: [
          { date: '2025-06-30', value: 1_000, provenance: 'reported', sourceIds: ['s1'] },
          {
            date: '2025-06-30',
            value: 1_000 + (index + 1) * 10,
            provenance: 'reported',
            sourceIds: ['s2'],
            recordedAt: '2026-02-01',
          },
        ],
      }),
    );
    const { older, newer } = vintagePair(syntheticDataset(programs), FROM, TO);
    const digest = computeDigest(older, newer, { fromRecordedUpTo: FROM, toRecordedUpTo: TO });
    const t: Translator = (key, options) => translate('en', key, options);
    const spec = digestPanel(
      digest,
      'en',
      digestPanelLabels(t, 'en', vintage('a', FROM, FROM, false), vintage('latest', TO, TO, true)),
      { datasetVersion: 'synthetic', demo: false, sources: vintageSources(older, newer) },
    );
    expect(digest.rows.length).toBe(50);
    expect(spec.rows).toHaveLength(MAX_DIGEST_ROWS);
    expect(spec.truncatedFrom).toBe(50);
    expect(spec.chart.x.values).toHaveLength(MAX_DIGEST_BARS);
    // The largest correction (+500억, the 50th pledge) comes first.
    expect(spec.chart.x.values[0]).toBe('Pledge p49 · 30 Jun 2025');
    expect(spec.chart.series[0]?.points[0]?.value).toBe(500);
    expect(spec.chart.notes).toEqual([
      { kind: 'truncated', label: 'The 12 largest of 50 money figures that changed are drawn.' },
    ]);
    expect(suggestTakeaway(spec, 'en', { since: formatDate(FROM, 'en') })).toBe(
      'Since 31 Dec 2025: 50 changes; largest revision +KRW 50 billion, Pledge p49 · 30 Jun 2025',
    );
  });

  it('becomes a deck slide with a native chart of its bars, and a sheet, also when nothing changed', async () => {
    for (const [from, to] of [
      [FROM, TO],
      [TO, TO],
    ] as const) {
      const { spec } = build('ko', from, to);
      const document = {
        title: '브리핑',
        date: '2026-04-01',
        lang: 'ko' as const,
        pageSize: '16:9' as const,
        link: 'https://tracker.example.org/#pack=abc',
        items: [{ takeaway: spec.title, spec }],
      };
      const deck = unzipSync(new Uint8Array(await (await writePptx(document)).arrayBuffer()));
      const chart = Object.keys(deck).find((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
      expect(chart).toBeDefined();
      if (from === FROM) expect(strFromU8(deck[chart ?? ''] ?? new Uint8Array())).toContain('<c:v>30000</c:v>');
      expect((await writeXlsx(document)).size).toBeGreaterThan(0);
    }
  });
});
