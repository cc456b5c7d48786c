import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { changePanel, levelPanel, type IndicatorLabels } from '../../src/features/indicators/model/indicator-panels';
import { compositionPanel, pledgedVsReportedPanel } from '../../src/features/programs/model/program-panels';
import { provenanceMix } from '../../src/lib/panel-data';

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
const { programs } = defaultResources.programs;
const names = {
  institutions: defaultResources.institutions.institutions,
  strategies: defaultResources.strategies.strategies,
};
const pledgeLabels = {
  title: 'Pledged vs reported',
  subtitle: '',
  program: 'Pledge',
  group: 'Group',
  pledged: 'Pledged',
  counted: 'Counted',
  reportedBasis: { approved: 'Approved', disbursed: 'Disbursed', balance: 'Balance' },
  illustrative: 'illustrative',
  noData: 'No figure yet',
  sharedNote: () => '',
};

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
