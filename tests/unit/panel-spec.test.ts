import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { changePanel, levelPanel, type IndicatorLabels } from '../../src/features/indicators/model/indicator-panels';
import { compositionPanel, pledgedVsReportedPanel } from '../../src/features/programs/model/program-panels';
import { provenanceMix } from '../../src/lib/panel-data';
import { names, pledgeLabels, programs } from '../support/pledge-panel';
import { compareWith, deltaKey } from '../../src/lib/panel-comparison';

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
const context = { datasetVersion: '2026.11.1', demo: true };

describe('the panel spec', () => {
  it('of a context indicator never claims the page filters, and carries the dataset version', () => {
    for (const indicator of defaultResources.indicators.indicators) {
      const panel =
        indicator.id === 'five-bank-corporate-loan-changes'
          ? changePanel(indicator, '2026-10-31', 'en', labels, ['large', 'sme'], context)
          : levelPanel(indicator, '2026-10-31', 'en', labels, context);
      expect(panel.filters).toEqual({ applies: false });
      expect(panel.datasetVersion).toBe('2026.11.1');
      expect(panel.demo).toBe(true);
      for (const series of panel.chart.series) expect(series.points).toHaveLength(panel.chart.x.values.length);
    }
  });

  it('of a pledge panel says which filters shaped it and holds the exact pledged amounts', () => {
    const ids = new Set(programs.map((program) => program.id));
    const panel = pledgedVsReportedPanel(programs, ids, '2026-10-31', 'institution', names, 'en', pledgeLabels, {
      ...context,
      filtersText: 'Hana',
    });
    expect(panel.filters).toEqual({ applies: true, text: 'Hana' });
    const pledged = panel.chart.series.find((series) => series.key === 'counted');
    const index = panel.chart.x.values.indexOf('National Growth Fund');
    expect(index).toBeGreaterThanOrEqual(0);
    // The fund's 150조 less the 50조 the five groups declare inside it: each won once.
    expect(pledged?.points[index]?.value).toBe(1_000_000);
    expect(pledged?.role).toBe('target');
    const mix = provenanceMix(panel.chart);
    expect(mix.reported).toBeGreaterThan(0);
  });

  it('of the composition adds each won once, in 억원 integers', () => {
    const ids = new Set(programs.map((program) => program.id));
    const panel = compositionPanel(
      programs,
      ids,
      '2026-10-31',
      'institution',
      names,
      'en',
      {
        title: 'Composition',
        subtitle: '',
        group: 'Group',
        pledged: 'Pledged',
        programs: 'Pledges',
        others: () => 'Others',
      },
      { ...context, filtersText: 'None' },
    );
    for (const point of panel.chart.series[0]?.points ?? []) expect(Number.isInteger(point.value)).toBe(true);
  });
});

describe('a panel read against an earlier vintage', () => {
  it('takes each ghost from the same series and category, and a Δ only where both vintages have a figure', () => {
    const ids = new Set(programs.map((program) => program.id));
    const now = pledgedVsReportedPanel(programs, ids, '2026-03-13', 'institution', names, 'en', pledgeLabels, {
      ...context,
      filtersText: '',
    });
    // The earlier vintage: the fund's approval not yet recorded.
    const fundId = 'ngf-total';
    const before = programs.map((program) => (program.id === fundId ? { ...program, progress: [] } : program));
    const then = pledgedVsReportedPanel(before, ids, '2026-03-13', 'institution', names, 'en', pledgeLabels, {
      ...context,
      filtersText: '',
    });
    const compared = compareWith(now, then, { since: 'Δ since X', ghost: 'as of X' });
    expect(compared.title).toBe('Pledged vs reported');
    expect(compared.subtitle).toBe('Δ since X');
    expect(compared.chart.comparison).toEqual({ label: 'as of X' });
    const approved = compared.chart.series.find((series) => series.key === 'reported-approved');
    const fundIndex = now.rows.findIndex((row) => row.id === fundId);
    expect(fundIndex).toBeGreaterThanOrEqual(0);
    expect(approved?.points[fundIndex]?.value).toBe(7_500);
    expect(approved?.points[fundIndex]?.ghost).toBeUndefined();
    expect(compared.rows[fundIndex]?.cells[deltaKey('reported-approved')]).toBeNull();
    // Targets are never ghosted; a delta column follows each reported column.
    expect(compared.chart.series.find((series) => series.role === 'target')?.points.some((p) => 'ghost' in p)).toBe(
      false,
    );
    expect(compared.columns.map((column) => column.key)).toContain(deltaKey('reported-approved'));
    // Against itself, every figure's Δ is 0 and every reported value has its ghost.
    const same = compareWith(now, now, { since: 'Δ', ghost: 'g' });
    for (const row of same.rows) {
      const delta = row.cells[deltaKey('reported-approved')];
      if (typeof row.cells['reported-approved'] === 'number') expect(delta).toBe(0);
    }
    expect(
      same.chart.series
        .filter((series) => series.role === 'value')
        .every((series) => series.points.every((point) => point.value === null || point.ghost === point.value)),
    ).toBe(true);
  });
});
