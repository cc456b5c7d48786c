import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { PNG } from 'pngjs';
import { readPngDpi, readPngText } from '../../src/features/export/model/png-text';
import { readSnapshotView } from '../../src/features/export/model/snapshot-svg';
import { formatDate } from '../../src/i18n/format';
import { expect, test } from './fixtures';

const PANEL = 'Pledged vs reported execution';
const AS_OF: string = JSON.parse(readFileSync('src/data/dataset.v1.json', 'utf8')).meta.asOf;

async function openPanelExport(page: Page) {
  const panel = page.locator('section.panel').filter({ has: page.getByRole('heading', { name: PANEL, level: 3 }) });
  // Charts below the scorecard are drawn when they come near the viewport.
  await panel.scrollIntoViewIfNeeded();
  await expect(panel.locator('.recharts-wrapper svg').first()).toBeVisible();
  await panel.getByRole('button', { name: `Export “${PANEL}”` }).click();
  return panel;
}

async function downloaded(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

test.beforeEach(async ({ page }) => {
  await page.goto('/?inst=hana,woori&v=1');
  await expect(page.getByRole('button', { name: 'Remove filter Woori Financial Group' })).toBeVisible();
});

test('PNG: a 2× image with content, the filter in its metadata and a telling file name', async ({ page }) => {
  const panel = await openPanelExport(page);
  const file = await downloaded(page, () => panel.getByRole('button', { name: 'Download PNG' }).click());
  // A readable start of the selection, a hash of the whole view (so views never collide), the as-of date.
  expect(file.name).toMatch(
    /^pledge-tracker_pledged-vs-reported_institution-hana-financial-group-woori-f_[0-9a-z]{7}_\d{4}-\d{2}-\d{2}\.png$/,
  );
  const png = PNG.sync.read(file.bytes);
  // 144 dpi, said in the file (pHYs), so it pastes at its intended size.
  expect(readPngDpi(new Uint8Array(file.bytes))).toBe(144);
  // The chart (760 px) plus margins, at twice the pixel density.
  expect(png.width).toBe(2 * 808);
  expect(png.height).toBeGreaterThan(700);
  let ink = 0;
  for (let index = 0; index < png.data.length; index += 4) {
    if ((png.data[index] ?? 255) < 200 || (png.data[index + 1] ?? 255) < 200 || (png.data[index + 2] ?? 255) < 200)
      ink += 1;
  }
  expect(ink / (png.width * png.height)).toBeGreaterThan(0.01);
  const view = JSON.parse(readPngText(new Uint8Array(file.bytes)).get('pledge-tracker:view') ?? 'null');
  expect(view.filters.institutions).toEqual(['hana', 'woori']);
  await expect(panel.getByRole('status').filter({ hasText: 'PNG downloaded.' })).toBeVisible();
});

test('SVG: standalone, with title, legend, filters, DEMO marker, a clickable link and the view in metadata', async ({
  page,
}) => {
  await page.goto('/?inst=hana,woori&data=demo&v=1');
  await expect(page.getByRole('button', { name: 'Remove filter Woori Financial Group' })).toBeVisible();
  const panel = await openPanelExport(page);
  const file = await downloaded(page, () => panel.getByRole('button', { name: 'Download SVG' }).click());
  const svg = file.bytes.toString('utf8');
  expect(svg).toContain(`<title>${PANEL}</title>`);
  expect(svg).toContain('Filters: Institution: Hana Financial Group, Woori Financial Group');
  expect(svg).toContain('>Committed, counted once</text>');
  expect(svg).toMatch(/\(reported\) \(Illustrative\)<\/text>/);
  expect(svg).toContain('ILLUSTRATIVE DATA');
  expect(svg).toContain('DEMO DATA');
  // The only link is the permalink of this view, and it is clickable.
  const links = [...svg.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]?.replace(/&amp;/g, '&'));
  expect(links.length).toBeGreaterThan(0);
  for (const link of links)
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?(?=.*inst=hana%2Cwoori)(?=.*data=demo).*v=1/);
  expect(readSnapshotView(svg)).toMatchObject({
    filters: { institutions: ['hana', 'woori'] },
  });
  // It renders on its own.
  const image = await page.evaluate(async (markup) => {
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
    await img.decode();
    return { width: img.naturalWidth, height: img.naturalHeight };
  }, svg);
  expect(image.width).toBe(808);
});

test('CSV: parses back to exactly the rows of the table view', async ({ page }) => {
  const panel = await openPanelExport(page);
  const file = await downloaded(page, () => panel.getByRole('button', { name: 'Download CSV' }).click());
  const text = file.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1).trim(), { header: false });
  // A preamble of label–value rows says what the table is, then an empty row, then the table.
  const blank = parsed.data.findIndex((row) => row.every((cell) => cell === ''));
  const preamble = new Map(parsed.data.slice(0, blank).map((row) => [row[0], row[1]]));
  expect(preamble.get('Title')).toBe(PANEL);
  expect(preamble.get('Data as of')).toBe(formatDate(AS_OF, 'en'));
  expect(preamble.get('Filters')).toBe('Filters: Institution: Hana Financial Group, Woori Financial Group');
  expect(parsed.data.slice(0, blank).filter((row) => row[0] === 'Source').length).toBeGreaterThan(0);
  const [header, ...rows] = parsed.data.slice(blank + 1);
  expect(new Set(parsed.data.map((row) => row.length)).size).toBe(1);
  expect(header?.slice(0, 4)).toEqual([
    'Pledge',
    'Group',
    'Pledged (KRW 100 million)',
    'Committed, counted once (KRW 100 million)',
  ]);
  expect(header?.at(-1)).toBe('Data');
  await panel.getByRole('button', { name: 'Table' }).click();
  await expect(panel.getByRole('table')).toBeVisible();
  const tableNames = await panel.getByRole('table').locator('tbody th').allInnerTexts();
  expect(rows.map((row) => row[0])).toEqual(tableNames);
  const hana = rows.find((row) => row[0] === "Hana Financial 'Hana All Growth Project'");
  expect(hana?.[2]).toBe('1000000');
});

test('copy image puts a PNG, an HTML figure and plain text on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1:4173').origin,
  });
  const panel = await openPanelExport(page);
  await panel.getByRole('button', { name: 'Copy image' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'Image copied to the clipboard.' })).toBeVisible();
  const types = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    return items.flatMap((item) => [...item.types]);
  });
  expect(types).toContain('image/png');
  // One copy: the picture, an HTML figure with caption and source line, and plain text.
  expect(types).toContain('text/html');
  expect(types).toContain('text/plain');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain(PANEL);
  expect(text).toContain(`Data as of ${formatDate(AS_OF, 'en')}`);
  expect(text).toMatch(/Sources:/);
});
