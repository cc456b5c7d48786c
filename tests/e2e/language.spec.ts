import { readFileSync } from 'node:fs';
import { expect, test, untilInteractive } from './fixtures';

test('?lang=ko shows 조/억 in the table, on a chart axis and in an exported CSV header', async ({ page }) => {
  await page.goto('/?lang=ko&v=1');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const table = page.getByRole('table', { name: /추적 중인 모든 공약/ });
  const woori = table.getByRole('row').filter({
    has: page.getByRole('link', {
      name: '우리금융 미래동반성장 프로젝트 상세 보기',
      exact: true,
    }),
  });
  await expect(woori).toContainText('80조원');
  const loans = page.locator('section.panel').filter({
    has: page.getByRole('heading', {
      name: '5대 은행 기업대출',
      exact: true,
    }),
  });
  const axis = loans.locator('.recharts-wrapper > svg');
  // Drawn once near the viewport; what is above it may still be settling, so scroll until it is.
  await expect(async () => {
    await loans.scrollIntoViewIfNeeded();
    await expect(axis).toBeAttached();
  }).toPass();
  await expect(axis).toContainText('원 (조·억)');
  await expect(axis).toContainText(/\d+조/);

  // Read against the previous briefing (the comparison vintage): a Δ column after each series.
  await expect(loans.getByText(/^2026년 2월 28일 이후 증감/)).toBeVisible();
  await loans.getByRole('button', { name: '“5대 은행 기업대출” 내보내기' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    loans.getByRole('button', { name: 'CSV 내려받기' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  // The preamble (in Korean too), an empty row, then the table's header.
  expect(lines[0]).toBe('제목,5대 은행 기업대출,,,,,,,,');
  const header = lines[lines.indexOf(',,,,,,,,,') + 1];
  const since = '2026년 2월 28일 이후 증감';
  expect(header).toBe(
    `날짜,합계 (억원),합계 — ${since} (억원),대기업 (억원),대기업 — ${since} (억원),중소기업 (억원),중소기업 — ${since} (억원),구분,참고,자료`,
  );
  // The February month-end was recorded after that briefing: no Δ for it.
  expect(csv).toContain('2026-02-28,8543288,,1755849,,6787439,,월말');
});

test('switching language in the page switches the document and the URL', async ({ page }) => {
  await page.goto('/');
  await untilInteractive(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
  await expect(page.getByRole('heading', { name: '공약 이행 점검', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/lang=ko/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: '언어' })).toHaveValue('ko');
});
