import { describe, expect, it } from 'vitest';
import { largeResources } from '../../mocks/scenarios';
import {
  levelPanel,
  levelPanelAllRows,
  type IndicatorLabels,
} from '../../src/features/indicators/model/indicator-panels';

const labels: IndicatorLabels = {
  title: 'Loans',
  subtitle: '',
  date: 'Date',
  kind: 'Kind',
  note: 'Note',
  dayReading: 'day reading',
  breakLabel: (label) => `break: ${label}`,
  disputedLabel: 'Disputed',
  disputedAlternative: 'other value',
  period: 'Period',
  kindNames: { 'month-end': 'Month end', day: 'Day', 'year-end': 'Year end', period: 'Period' },
};

const context = { datasetVersion: 'test-1', demo: false };

describe('all rows of a long series', () => {
  const longest = [...largeResources().indicators.indicators].sort(
    (a, b) =>
      b.series.reduce((sum, series) => sum + series.points.length, 0) -
      a.series.reduce((sum, series) => sum + series.points.length, 0),
  )[0];
  if (!longest) throw new Error('no indicator');

  it('are the same rows as in one go, built in slices with pauses between them', async () => {
    let pauses = 0;
    const sliced = await levelPanelAllRows(longest, '2026-10-31', 'en', labels, context, async () => {
      pauses += 1;
    });
    const whole = levelPanel(longest, '2026-10-31', 'en', labels, context, Number.POSITIVE_INFINITY);
    expect(sliced.rows).toEqual(whole.rows);
    expect(sliced.columns).toEqual(whole.columns);
    const points = longest.series.reduce((sum, series) => sum + series.points.length, 0);
    // One pause per 4,000 points or rows at most: never one long task.
    expect(pauses).toBeGreaterThanOrEqual(Math.floor((points + whole.rows.length) / 4_000));
  });

  it('while the chart draws at most 600 points per line', () => {
    const panel = levelPanel(longest, '2026-10-31', 'en', labels, context);
    expect(panel.chart.x.values.length).toBeLessThanOrEqual(600 * longest.series.length + 50);
    for (const series of panel.chart.series) expect(series.points).toHaveLength(panel.chart.x.values.length);
    expect(panel.rows.length).toBeLessThan(
      levelPanel(longest, '2026-10-31', 'en', labels, context, Infinity).rows.length,
    );
  });
});
