// Every panel the registry declares appears in the overview with its table view, its export
// menu and "Add to briefing", and resolves in the briefing pack to a spec every writer takes:
// a panel added to app/panel-registry.ts needs no other file.
import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contextPanels } from '../../src/app/panel-registry';
import { indicatorPanelId } from '../../src/features/indicators/model/indicator-panel-definition';
import { renderSnapshotSvg } from '../../src/components/static-chart/render-snapshot';
import { panelToCsv } from '../../src/features/export/model/csv';
import { writePptx } from '../../src/features/pack/writers/pptx';
import { writeXlsx } from '../../src/features/pack/writers/xlsx';
import { packDocument } from '../support/pack-document';
import { findRegion } from '../support/queries';
import { renderApp } from '../support/render-app';

const csvLabels = {
  unit: { 'krw-eok': 'KRW 100 million', count: 'count', percent: '%' },
  provenanceHeader: 'Data',
  provenance: { reported: 'Reported', derived: 'Derived', illustrative: 'Illustrative', mixed: 'Mixed' },
};

describe('the panel registry', () => {
  const ids = contextPanels.map(indicatorPanelId);
  const document = packDocument('en', ids);

  it('resolves every registered context panel in the pack, and every writer takes it', async () => {
    expect(document.items.map((item) => item.spec.panelId)).toEqual(ids);
    for (const { spec } of document.items) {
      expect(spec.empty).toBe(false);
      expect(panelToCsv(spec, csvLabels)).toContain(String(spec.rows[0]?.cells.date ?? spec.rows[0]?.cells.period));
      const svg = renderSnapshotSvg(spec, 'en', document.link, {}).svg.replaceAll('&#x27;', "'");
      expect(svg).toContain(`<title>${spec.title}</title>`);
    }
    const deck = unzipSync(new Uint8Array(await (await writePptx(document)).arrayBuffer()));
    expect(Object.keys(deck).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(ids.length);
    const workbook = unzipSync(new Uint8Array(await (await writeXlsx(document)).arrayBuffer()));
    const sheets = Object.keys(workbook).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThanOrEqual(ids.length);
    expect(strFromU8(workbook['xl/workbook.xml'] ?? new Uint8Array())).toContain('<sheet ');
  });

  it('lays out every registered context panel on the overview, with its table, export menu and pin', async () => {
    const user = userEvent.setup();
    renderApp();
    for (const { spec } of document.items) {
      const section = await findRegion(spec.title);
      await user.click(await within(section).findByRole('button', { name: 'Table' }));
      const table = await within(section).findByRole('table');
      expect(within(table).getAllByRole('row')).toHaveLength(spec.rows.length + 1);
      expect(within(section).getByRole('button', { name: `Export “${spec.title}”` })).toBeInTheDocument();
      expect(within(section).getByRole('button', { name: `Add to briefing: “${spec.title}”` })).toBeInTheDocument();
    }
  });
});
