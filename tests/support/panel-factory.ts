import { PANEL_SPEC_VERSION, type ChartSpec, type PanelData } from '../../src/lib/panel-data';

export const emptyChart = (type: ChartSpec['type'] = 'line'): ChartSpec => ({
  type,
  layout: 'horizontal',
  x: { kind: type === 'line' ? 'date' : 'category', label: 'x', values: [] },
  y: { unit: 'krw-eok', fromZero: true },
  series: [],
  marks: [],
  notes: [],
});

/** A panel spec with test defaults; override what the test is about. */
export function makePanel(overrides: Partial<PanelData> = {}): PanelData {
  return {
    specVersion: PANEL_SPEC_VERSION,
    panelId: 'test-panel',
    title: 'Test panel',
    subtitle: '',
    asOf: '2026-10-31',
    sources: [],
    filters: { applies: false },
    datasetVersion: 'test-1',
    demo: false,
    columns: [],
    rows: [],
    chart: emptyChart(),
    containsIllustrative: false,
    containsDerived: false,
    empty: false,
    ...overrides,
  };
}
