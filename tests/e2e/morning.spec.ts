// The morning view: at 1440×900, without scrolling, the first screen answers "which pledges are
// behind, by how much, and who made them" for the five groups' pledges and the win-win package.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import dataset from '../../src/data/dataset.v1.json' with { type: 'json' };
import { en as overviewEn, ko as overviewKo } from '../../src/i18n/messages/overview';
import { en as statusEn, ko as statusKo } from '../../src/i18n/messages/status';
import { expect, test, untilInteractive } from './fixtures';

const strategyInitiative = new Map(dataset.strategies.map((strategy) => [strategy.id, strategy.initiativeId]));
/** The five groups' top-level pledges and the win-win package's pledges with a figure target. */
const expected = dataset.programs.filter(
  (program) =>
    program.parentId === null &&
    program.commitment.kind !== 'milestone' &&
    (program.strategyId === 'pf-group-pledges' || strategyInitiative.get(program.strategyId) === 'win-win-growth'),
);

const statusLabels = {
  en: Object.values(statusEn.label) as string[],
  ko: Object.values(statusKo.label) as string[],
};
const noDataStatus = { en: statusEn.label['no-data'], ko: statusKo.label['no-data'] };
const noFigure = { en: overviewEn.scorecard.noFigure, ko: overviewKo.scorecard.noFigure };

async function openOverview(page: Page, lang: 'en' | 'ko', data: '' | 'demo', width = 1440, height = 900) {
  await page.setViewportSize({ width, height });
  await page.goto(`/?lang=${lang}${data ? `&data=${data}` : ''}&v=1`);
  await expect(page.getByRole('table', { name: /Scorecard|성적표/ })).toBeVisible();
}

test('the expected pledges are the five groups’ and the win-win package’s', () => {
  expect(expected.map((program) => program.id)).toEqual(
    expect.arrayContaining(['woori-total', 'hana-total', 'nh-total', 'kb-total', 'shinhan-total', 'winwin-financing']),
  );
});

for (const data of ['', 'demo'] as const) {
  for (const lang of ['en', 'ko'] as const) {
    test(`1440×900 (${lang}, ${data || 'reported'}): every expected pledge's name, status and gap on the first screen`, async ({
      page,
    }) => {
      await openOverview(page, lang, data);
      const scorecard = page.getByRole('table', { name: /Scorecard|성적표/ });
      for (const program of expected) {
        const name = scorecard.getByRole('link', { name: program.name[lang], exact: true });
        const row = scorecard
          .getByRole('row')
          .filter({ has: page.getByRole('link', { name: program.name[lang], exact: true }) });
        const status = row.locator('.scorecard__status');
        const gap = row.locator('.scorecard__gap');
        await expect(name).toBeInViewport({ ratio: 1 });
        await expect(status).toBeInViewport({ ratio: 1 });
        await expect(gap).toBeInViewport({ ratio: 1 });
        const statusText = (await status.innerText()).trim();
        expect(statusLabels[lang]).toContain(statusText);
        const gapText = (await gap.innerText()).trim();
        if (statusText === noDataStatus[lang]) expect(gapText).toBe(noFigure[lang]);
        else expect(gapText).not.toBe('');
      }
      // Nothing was scrolled to get there.
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }
}

test('the demo dataset draws a bullet graph with an expected mark; names are links that open the pledge', async ({
  page,
}) => {
  await openOverview(page, 'en', 'demo');
  const scorecard = page.getByRole('table', { name: /Scorecard/ });
  const row = scorecard
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Win-win financing', exact: true }) });
  await expect(row).toContainText(/Behind|On track|Ahead/);
  await expect(row).toContainText(/Reported \d+(\.\d)?% of the target; \d+(\.\d)?% expected by then/);
  const link = row.getByRole('link', { name: 'Win-win financing', exact: true });
  await expect(link).toHaveAttribute('href', /program=winwin-financing/);
  await link.click();
  await expect(page).toHaveURL(/program=winwin-financing/);
  await expect(page).toHaveTitle(/Win-win financing/);
});

test('the scorecard re-sorts by keyboard and keeps the groups apart', async ({ page }) => {
  await openOverview(page, 'en', 'demo');
  const scorecard = page.getByRole('table', { name: /Scorecard/ });
  const gapHeader = scorecard.getByRole('columnheader', { name: /Gap to pace/ });
  await gapHeader.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(gapHeader).toHaveAttribute('aria-sort', 'ascending');
  await page.keyboard.press('Enter');
  await expect(gapHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(
    scorecard.getByRole('rowheader', { name: /Too early to judge|No reported figure yet/ }).first(),
  ).toBeVisible();
});

test('390×844: no sideways scrolling, in both languages', async ({ page }) => {
  for (const lang of ['en', 'ko'] as const) {
    await openOverview(page, lang, 'demo', 390, 844);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }
});

test('390×844: nothing on the first screen moves once the app has taken it over and its data has arrived', async ({
  page,
}) => {
  for (const lang of ['en', 'ko'] as const) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { __shifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`/?lang=${lang}`);
    await expect(page.locator('.prerendered[inert]')).toHaveCount(0);
    // The last thing to arrive on the first screen: the date the data is recorded up to.
    await expect(page.locator('.app-header__recorded')).toHaveText(/recorded up to|까지 기록/);
    const moved = await page.evaluate(() =>
      (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0),
    );
    expect(moved, `layout shift in ${lang}`).toBeLessThan(0.005);
  }
});

for (const media of ['screen', 'print'] as const) {
  for (const lang of ['en', 'ko'] as const) {
    test(`axe (${lang}, ${media}, WCAG 2.2 AA): no violations in the scorecard nor on the page`, async ({ page }) => {
      await page.emulateMedia({ media });
      await openOverview(page, lang, 'demo');
      // WCAG 2.2 AA included: the scorecard's and the pledge table's compact lines keep their links
      // and disclosures far enough apart, or large enough (target size).
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
      const scorecard = await new AxeBuilder({ page }).include('.scorecard').withTags(tags).analyze();
      expect(scorecard.violations.map((violation) => violation.id)).toEqual([]);
      const whole = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(whole.violations.map((violation) => `${violation.id} (${violation.impact})`)).toEqual([]);
    });
  }
}

for (const data of ['', 'demo'] as const) {
  for (const lang of ['en', 'ko'] as const) {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      test(`screenshot ${width}×${height} ${lang} ${data || 'reported'}`, async ({ page }) => {
        await openOverview(page, lang, data, width, height);
        // The page as a reader sees it once drawn whole: taken over, and (reported figures) with
        // the date the data was recorded up to, which arrives after the page.
        await untilInteractive(page);
        if (!data) await expect(page.locator('.app-header__recorded')).not.toBeEmpty();
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({
          path: `docs/screenshots/overview-${data || 'reported'}-${lang}-${width}x${height}.png`,
        });
      });
    }
  }
}

test('the pledge table is compact: one line for nearly every pledge at 1440 px, its figures never cut', async ({
  page,
}) => {
  for (const lang of ['en', 'ko'] as const) {
    await openOverview(page, lang, 'demo');
    const table = page.getByRole('table', { name: /Every tracked pledge|추적 중인 모든 공약/ });
    await table.scrollIntoViewIfNeeded();
    const rows = await table.locator('tbody tr:not([hidden])').evaluateAll((elements) =>
      elements.map((row) => ({
        height: row.getBoundingClientRect().height,
        // A figure cell (progress, gap) or the date cut short would show an ellipsis over hidden text.
        cut: [...row.querySelectorAll('td.num:not(.program-table__commitment), td.program-table__reported')].some(
          (cell) => cell.scrollWidth > cell.clientWidth + 1,
        ),
      })),
    );
    const lineHeight = Math.min(...rows.map((row) => row.height));
    expect(lineHeight).toBeLessThan(40);
    // At most one row in eight takes a second line (a long figure wraps rather than being cut).
    expect(rows.filter((row) => row.height > lineHeight * 1.3).length).toBeLessThanOrEqual(rows.length / 8);
    expect(rows.filter((row) => row.cut)).toEqual([]);
  }
});

test('back from a pledge opened deep in the table, the overview returns to its link, focused, where it was', async ({
  page,
}) => {
  await openOverview(page, 'en', 'demo');
  const table = page.getByRole('table', { name: /Every tracked pledge/ });
  const link = table.getByRole('link', { name: 'Open details for Woori productive lending' });
  await link.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, -200);
  await expect.poll(() => link.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThan(150);
  const before = await link.evaluate((element) => element.getBoundingClientRect().top);
  const scrolledBefore = await page.evaluate(() => window.scrollY);
  expect(scrolledBefore).toBeGreaterThan(2000);

  for (const back of ['the page’s own link', 'the browser'] as const) {
    await link.click();
    await expect(page.getByRole('heading', { level: 2, name: /Woori productive lending/ })).toBeVisible();
    // A pledge opens at its title.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    if (back === 'the browser') await page.goBack();
    else await page.getByRole('button', { name: /Back to overview/ }).click();
    await expect(link).toBeFocused();
    // Where it stood, to the pixel (sub-pixel layout aside).
    await expect
      .poll(async () => Math.abs((await link.evaluate((element) => element.getBoundingClientRect().top)) - before), {
        timeout: 10_000,
      })
      .toBeLessThanOrEqual(1);
  }
});

test('a filter ticked leaves the scorecard where it was; a line it leaves out takes no room, no focus and no place in the accessibility tree; back, its columns line up', async ({
  page,
}) => {
  await openOverview(page, 'en', 'demo');
  const scorecard = page.getByRole('table', { name: /Scorecard/ });
  const hana = dataset.programs.find((program) => program.id === 'hana-total')!;
  const woori = dataset.programs.find((program) => program.id === 'woori-total')!;
  const wooriLine = scorecard
    .locator('tr.scorecard__row')
    .filter({ has: page.locator('[data-program="woori-total"]') });
  const headingTop = () =>
    page
      .getByRole('heading', { name: /Which pledges are behind/ })
      .evaluate((heading) => heading.getBoundingClientRect().top);
  const topBefore = await headingTop();
  await page.locator('summary', { hasText: 'Institution' }).click();
  await page.getByRole('checkbox', { name: /Hana Financial Group/ }).check();
  await expect(scorecard.getByRole('link', { name: hana.name.en, exact: true })).toBeVisible();
  // The filter's chip sits on the line kept for it: the answer below did not move.
  await expect(page.getByRole('button', { name: /Hana Financial Group/ })).toBeVisible();
  expect(await headingTop()).toBe(topBefore);

  // Woori's line is out of the selection: hidden, of no height, skipped by Tab and by the
  // browser's accessibility tree (the line keeps its layout for the way back).
  await expect(wooriLine).toBeHidden();
  await expect(wooriLine.locator('a')).toBeHidden();
  expect((await wooriLine.evaluate((line) => line.getBoundingClientRect().height)) ?? 0).toBe(0);
  const shown = await scorecard.locator('tr.scorecard__row:not([hidden])').count();
  await scorecard.locator('tr.scorecard__row:not([hidden]) a').first().focus();
  const reached: string[] = [];
  for (let index = 0; index < shown; index += 1) {
    reached.push((await page.evaluate(() => document.activeElement?.getAttribute('data-program'))) ?? '');
    await page.keyboard.press('Tab');
  }
  expect(reached).not.toContain('woori-total');
  expect(reached).toContain('hana-total');
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const named = async (name: string) =>
    (
      await cdp.send('Accessibility.queryAXTree', {
        backendNodeId: root.backendNodeId,
        accessibleName: name,
        role: 'link',
      })
    ).nodes.filter((node) => !node.ignored).length;
  expect(await named(woori.name.en)).toBe(0);
  expect(await named(hana.name.en)).toBe(1);
  // Nor does a left-out line leave an empty row behind: the table a screen reader announces has
  // the rows on screen (headings, group headings and lines), and no more.
  const { result: scorecardTable } = await cdp.send('Runtime.evaluate', {
    expression: 'document.querySelector(".scorecard__table")',
  });
  const announcedRows = (
    await cdp.send('Accessibility.queryAXTree', { objectId: scorecardTable.objectId!, role: 'row' })
  ).nodes.filter((node) => !node.ignored).length;
  expect(announcedRows).toBe(await scorecard.locator('tr').filter({ visible: true }).count());

  // Ticked off again, every line is back and each column starts where its heading does.
  await page.getByRole('checkbox', { name: /Hana Financial Group/ }).uncheck();
  await expect(wooriLine).toBeVisible();
  const misaligned = await scorecard.evaluate((table) => {
    const headings = [...table.querySelectorAll('thead th')].map((cell) => cell.getBoundingClientRect().left);
    return [...table.querySelectorAll('tr.scorecard__row')].filter((line) =>
      [...line.children].some((cell, index) => Math.abs(cell.getBoundingClientRect().left - headings[index]!) > 1),
    ).length;
  });
  expect(misaligned).toBe(0);
});
