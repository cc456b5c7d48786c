// The briefing pack, as a staffer uses it: pin three panels in Korean, reorder them with the
// keyboard, export the deck, print the pack, and open the pack's link in a fresh browser (no
// storage): the same three items in the same order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { formatDate } from '../../src/i18n/format';
import { expect, test, untilInteractive } from './fixtures';

async function takeaways(page: Page): Promise<string[]> {
  const inputs = page.getByRole('textbox', { name: /항목 \d+의 핵심 제목|Takeaway title for item \d+/ });
  await expect(inputs.first()).toBeVisible();
  return inputs.evaluateAll((nodes) => nodes.map((node) => (node instanceof HTMLInputElement ? node.value : '')));
}

test('pin three panels in Korean, reorder, export the deck, reopen the link with empty storage', async ({
  page,
  browser,
}) => {
  await page.goto('/?lang=ko&v=1');
  const pins = page.getByRole('button', { name: /^브리핑에 추가: / });
  await expect(pins.nth(2)).toBeVisible();
  const titles = ['약속 대비 보고된 이행', '5대 은행 기업대출', '기술신용대출 잔액(5대 은행)'];
  for (const title of titles) await page.getByRole('button', { name: `브리핑에 추가: “${title}”` }).click();
  await expect(page.getByRole('status').filter({ hasText: '추가했습니다: 브리핑에 3개.' })).toBeVisible();
  await page.getByRole('button', { name: '브리핑 열기(3)' }).first().click();

  await expect(page.getByRole('heading', { name: '브리핑 자료', level: 2 })).toBeVisible();
  const before = await takeaways(page);
  expect(before).toHaveLength(3);
  // Takeaways are drawn from the figures: the loans one states a balance in 조.
  expect(before[1]).toMatch(/조/);
  await page.getByRole('textbox', { name: '자료 제목' }).fill('생산적 금융 주간 브리핑');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    axe.violations.filter((item) => item.impact === 'serious' || item.impact === 'critical').map((item) => item.id),
  ).toEqual([]);

  // Keyboard: item 3 up, then up again — it becomes the first.
  await page.getByRole('button', { name: '항목 3 위로' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '항목을 2번째로 옮겼습니다.' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: '항목을 1번째로 옮겼습니다.' })).toBeVisible();
  const after = await takeaways(page);
  expect(after).toEqual([before[2], before[0], before[1]]);

  // The deck: one native chart per item, slides in the pack's order.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '파워포인트 내려받기(.pptx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^pledge-tracker_briefing_생산적-금융-주간-브리핑_\d{4}-\d{2}-\d{2}\.pptx$/,
  );
  const files = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(3);
  const slideText = (number: number) => strFromU8(files[`ppt/slides/slide${number}.xml`] ?? new Uint8Array());
  expect(slideText(1)).toContain('생산적 금융 주간 브리핑');
  const chartSlides = Object.keys(files)
    .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .map((name) => Number(/(\d+)\.xml$/.exec(name)?.[1]))
    .sort((a, b) => a - b)
    .map(slideText)
    .filter((xml) => xml.includes('<p:graphicFrame') && xml.includes('/chart'));
  expect(chartSlides.map((xml) => after.findIndex((text) => xml.includes(text)))).toEqual([0, 1, 2]);

  // The printed pack: one page per item, the footer (source, as-of, page number) on every page.
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const dir = mkdtempSync(join(tmpdir(), 'pack-pdf-'));
  writeFileSync(join(dir, 'pack.pdf'), pdf);
  const pages = execFileSync('pdftotext', ['-raw', join(dir, 'pack.pdf'), '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((text) => text.trim());
  expect(pages).toHaveLength(3);
  pages.forEach((text, index) => {
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('출처:');
    expect(flat).toMatch(/\d{4}년\d+월\d+일기준자료/);
    expect(flat).toContain(`3쪽중${index + 1}쪽`);
  });
  await page.emulateMedia({ media: 'screen' });

  // The link alone reopens the pack: a new browser context, nothing in storage.
  const link = page.url();
  expect(link).toMatch(/#pack=/);
  const fresh = await browser.newContext({ locale: 'en-US' });
  try {
    expect((await fresh.storageState()).origins).toEqual([]);
    const other = await fresh.newPage();
    await other.goto(link);
    // The reader's browser is in English: the page speaks English, the pack's content stays Korean.
    await expect(other.getByRole('heading', { name: 'Briefing pack', level: 2 })).toBeVisible();
    expect(await takeaways(other)).toEqual(after);
    await expect(other.getByRole('textbox', { name: 'Pack title' })).toHaveValue('생산적 금융 주간 브리핑');
    await expect(other.getByRole('combobox', { name: 'Language of the pack' })).toHaveValue('ko');
    // …and from now on this browser keeps it too.
    expect(await other.evaluate(() => window.localStorage.getItem('pledge-tracker:briefing-pack'))).toContain('생산적');
  } finally {
    await fresh.close();
  }
});

test('the SVG of a panel never scrolled into view is drawn from its spec: title, exact values, as-of, every source', async ({
  page,
}) => {
  await page.goto('/');
  // The clicks below are dispatched (the panel is never scrolled to), which skips Playwright's
  // wait for an element a reader can use: wait here until the app has taken the page over.
  await untilInteractive(page);
  const title = 'Technology-credit loans, five major banks';
  const panel = page.locator('section.panel').filter({ has: page.getByRole('heading', { name: title, level: 3 }) });
  await expect(panel.getByRole('button', { name: `Export “${title}”` })).toBeAttached();
  // Far below the fold: its chart was never drawn.
  await expect(panel.locator('.recharts-wrapper')).toHaveCount(0);
  await panel.getByRole('button', { name: `Export “${title}”` }).dispatchEvent('click');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'Download SVG' }).dispatchEvent('click'),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^pledge-tracker_tech-credit-five-banks_[0-9a-z]{7}_\d{4}-\d{2}-\d{2}\.svg$/,
  );
  const svg = readFileSync(await download.path(), 'utf8');
  const dataset = JSON.parse(readFileSync('src/data/dataset.v1.json', 'utf8'));
  const parsed = await page.evaluate((markup) => {
    const document = new DOMParser().parseFromString(markup, 'image/svg+xml');
    return {
      error: document.querySelector('parsererror')?.textContent ?? null,
      title: document.querySelector('svg > title')?.textContent ?? '',
      text: [...document.querySelectorAll('text')].map((node) => node.textContent ?? '').join('\n'),
      values: [...document.querySelectorAll('[data-value]')].map((node) => Number(node.getAttribute('data-value'))),
    };
  }, svg);
  expect(parsed.error).toBeNull();
  expect(parsed.title).toBe(title);
  const indicator = dataset.indicators.find((item: { id: string }) => item.id === 'tech-credit-five-banks');
  for (const series of indicator.series)
    for (const point of series.points) expect(parsed.values).toContain(point.value);
  expect(parsed.text).toContain(`Data as of ${formatDate(dataset.meta.asOf, 'en')}`);
  expect(parsed.text).toContain("The page's filters do not apply to this chart.");
  const flat = parsed.text.replace(/\s+/g, '');
  const sourceIds = new Set<string>();
  JSON.stringify(indicator, (key, value) => {
    if (key === 'sourceIds') for (const id of value) sourceIds.add(id);
    return value;
  });
  expect(sourceIds.size).toBeGreaterThan(0);
  for (const id of sourceIds) {
    const source = dataset.sources.find((item: { id: string }) => item.id === id);
    expect(flat).toContain(source.publisher.en.replace(/\s+/g, ''));
  }
});
