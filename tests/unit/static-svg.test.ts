// The standalone SVG is drawn from the panel spec alone (no mounted chart): parsed back, it
// holds the title, every exact value of the spec, the as-of line and every source, whole.
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { renderSnapshotSvg } from '../../src/components/static-chart/render-snapshot';
import { legendMark, textWidth } from '../../src/components/static-chart/scene';
import { levelPanel, type IndicatorLabels } from '../../src/features/indicators/model/indicator-panels';
import { pledgedVsReportedPanel } from '../../src/features/programs/model/program-panels';
import { formatDate } from '../../src/i18n/format';
import { citedTitle } from '../../src/lib/citation';

const context = { datasetVersion: '2026.11.1', demo: true };
const { programs } = defaultResources.programs;
const names = {
  institutions: defaultResources.institutions.institutions,
  strategies: defaultResources.strategies.strategies,
};
const labels = {
  title: '공약 대비 보고된 집행',
  subtitle: '',
  program: '공약',
  group: '그룹',
  pledged: '공약액',
  counted: '공약액',
  reportedBasis: { approved: '승인', disbursed: '집행', balance: '잔액' },
  illustrative: '예시',
  noData: '보고 없음',
  sharedNote: () => '',
};

function parse(svg: string) {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror')).toBeNull();
  const lines = [...document.querySelectorAll('svg > text, svg > a > text')].map((node) => node.textContent ?? '');
  return { document, lines, text: lines.join('\n') };
}

describe('the standalone SVG', () => {
  const ids = new Set(programs.map((program) => program.id));
  const panel = pledgedVsReportedPanel(programs, ids, '2026-10-31', 'institution', names, 'ko', labels, {
    ...context,
    filtersText: '하나금융그룹, 우리금융그룹',
  });
  const link = `https://tracker.example.org/?${'inst=hana-financial,woori-financial&'.repeat(6)}lang=ko&v=1`;
  const { svg } = renderSnapshotSvg(panel, 'ko', link, { lang: 'ko' });
  const { document, text, lines } = parse(svg);

  it('has the title, the filters, the as-of date and every source, none cut', () => {
    expect(document.querySelector('svg > title')?.textContent).toBe(panel.title);
    expect(text).toContain('하나금융그룹, 우리금융그룹');
    expect(text).toContain(formatDate('2026-10-31', 'ko'));
    expect(panel.sources.length).toBeGreaterThan(6);
    const joined = lines.join('');
    for (const source of panel.sources) {
      expect(joined.replace(/\s/g, '')).toContain(source.publisher.ko.replace(/\s/g, ''));
      expect(joined.replace(/\s/g, '')).toContain(citedTitle(source, 'ko').text.replace(/\s/g, ''));
    }
    expect(document.querySelector('g.banner')?.textContent).toContain('데모 데이터');
  });

  it('has every exact value of the spec on its marks', () => {
    const drawn = [...document.querySelectorAll('[data-value]')].map((node) => Number(node.getAttribute('data-value')));
    for (const series of panel.chart.series)
      for (const point of series.points) if (point.value !== null) expect(drawn).toContain(point.value);
    const titles = [...document.querySelectorAll('rect > title')].map((node) => node.textContent);
    expect(titles).toContain(`공약액 — 국민성장펀드: 100조원`);
  });

  it('makes the permalink a link, wrapped inside the image', () => {
    const anchors = [...document.querySelectorAll('a')];
    expect(anchors.length).toBeGreaterThan(1);
    expect(anchors.every((anchor) => anchor.getAttribute('href') === link)).toBe(true);
    expect(anchors.map((anchor) => anchor.textContent).join('')).toBe(link);
    const width = Number(document.documentElement.getAttribute('width'));
    for (const anchor of anchors) expect(textWidth(anchor.textContent ?? '', 11)).toBeLessThanOrEqual(width - 48);
  });

  it('keeps every line inside the image width and height', () => {
    const width = Number(document.documentElement.getAttribute('width'));
    const height = Number(document.documentElement.getAttribute('height'));
    for (const node of document.querySelectorAll('svg > text, svg > a > text')) {
      const size = Number(node.getAttribute('font-size'));
      expect(Number(node.getAttribute('x')) + textWidth(node.textContent ?? '', size)).toBeLessThanOrEqual(width);
      expect(Number(node.getAttribute('y'))).toBeLessThan(height);
    }
  });
});

describe('a context chart', () => {
  const indicator = defaultResources.indicators.indicators.find((item) => item.id === 'tech-credit-all-banks');
  if (!indicator) throw new Error('no indicator');
  const indicatorLabels: IndicatorLabels = {
    title: 'Technology-credit loans, all banks',
    subtitle: 'Balances',
    date: 'Date',
    kind: 'Kind',
    note: 'Note',
    dayReading: 'intra-month reading',
    breakLabel: (label) => `Series break: ${label}`,
    disputedLabel: 'Disputed',
    disputedAlternative: 'other reported value (disputed)',
    period: 'Period',
    kindNames: { 'month-end': 'Month end', day: 'Intra-month reading', 'year-end': 'Year end', period: 'Change' },
  };
  const panel = levelPanel(indicator, '2026-10-31', 'en', indicatorLabels, context);
  const { svg } = renderSnapshotSvg(panel, 'en', 'https://tracker.example.org/?v=1', {});
  const { text } = parse(svg);

  it('does not claim the page filters, and states its axis unit in one short English unit', () => {
    expect(text).not.toMatch(/Filters:/);
    expect(text).toContain("The page's filters do not apply to this chart.");
    expect(svg).toMatch(/>KRW (trillion|billion)</);
    expect(svg).not.toMatch(/[조억]/);
  });

  it('starts a level axis near the data, at a round value, and says so in a note', () => {
    expect(text).toMatch(/The value axis starts at KRW [\d,]+ trillion, not at zero\./);
    const zeroFirst = renderSnapshotSvg(
      { ...panel, chart: { ...panel.chart, y: { ...panel.chart.y, fromZero: true } } },
      'en',
      'https://tracker.example.org/?v=1',
      {},
    );
    expect(parse(zeroFirst.svg).text).not.toContain('The value axis starts at');
  });

  it('lists series breaks as numbered notes under the chart, whole', () => {
    for (const item of indicator.breaks) expect(text).toContain(item.label.en.slice(0, 20));
  });

  it('draws the legend mark of reported intra-month readings filled, as the chart does', () => {
    const loans = defaultResources.indicators.indicators.find((item) => item.id === 'five-bank-corporate-loans');
    if (!loans) throw new Error('no loans');
    const loanPanel = levelPanel(loans, '2026-10-31', 'en', indicatorLabels, context);
    const day = loanPanel.chart.series.find((series) => series.pointsOnly && series.key.endsWith('__day'));
    if (!day) throw new Error('no intra-month series');
    expect(legendMark(day, 'line')).toMatchObject({ shape: 'dot', fill: day.color });
  });
});
