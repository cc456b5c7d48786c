// An editor records a figure with its source in the app's desk, an approver approves and
// publishes, and a viewer's dashboard — served by the real server from its database — shows
// the new figure.
import { deskAs, E2E_PASSWORD, fillFigure } from './desk-session';
import { expect, test, untilInteractive } from '../e2e/fixtures';

test('an editor records, an approver publishes, a viewer sees the new figure', async ({ page, browser, baseURL }) => {
  // The viewer signs in (this deployment keeps reads for signed-in users).
  expect(
    (
      await page.request.post('/api/v1/desk/session', { data: { username: 'viewer', password: E2E_PASSWORD } })
    ).status(),
  ).toBe(200);
  await page.goto('/');
  // The overview's row (the digest, once loaded, has rows naming the pledge too).
  const row = page
    .getByRole('table', { name: /every tracked pledge/i })
    .getByRole('row', { name: /Hana inclusive finance/ });
  await expect(row).toContainText('No reported data');

  const editor = await deskAs(browser, baseURL ?? '', 'editor');
  await editor.getByLabel('Pledge or indicator', { exact: true }).selectOption({ label: 'Hana inclusive finance' });
  await fillFigure(editor, '12345');
  await editor.getByRole('button', { name: 'Record for review' }).click();
  await expect(editor.getByText('Recorded: waiting for an approver.')).toBeVisible();

  const approver = await deskAs(browser, baseURL ?? '', 'approver');
  const review = approver.getByRole('region', { name: 'Pending figures' });
  await expect(
    review.getByText('Hana inclusive finance: KRW 1.2345 trillion on 30 Sep 2026, recorded by editor'),
  ).toBeVisible();
  await expect(review.getByText('Source: Hana Financial Group, “Inclusive finance, third quarter”')).toBeVisible();
  await expect(review.getByText('Change: — → KRW 1.2345 trillion (a first reading)')).toBeVisible();
  await review.getByRole('button', { name: 'Approve' }).click();
  await expect(review.getByText('Nothing waits for review.')).toBeVisible();
  await review.getByLabel('Vintage name').fill('e2e-2026-10');
  await review.getByRole('button', { name: 'Publish a vintage' }).click();
  await expect(review.getByText('Published vintage e2e-2026-10.')).toBeVisible();

  // The first paint after the publish, before any of the app's JavaScript runs, already shows the
  // new figure: the server drew the prerendered overview again from the vintage. Held there, its
  // row is marked; the app then takes that very markup over (hydrates it) rather than drawing
  // anew, which it would do after a hydration mismatch (the fixture's guards also fail the test
  // on the error React reports then).
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = () => resolve();
  });
  await page.route('**/assets/index-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  const prerendered = page
    .locator('#prerender-en')
    .getByRole('table', { name: /every tracked pledge/i })
    .getByRole('row', { name: /Hana inclusive finance/ });
  await expect(prerendered).toContainText('KRW 1.2345 trillion');
  await expect(page.locator('#prerender-ko')).toContainText('1조 2,345억');
  await prerendered.evaluate((element) => Reflect.set(element, 'drawnByTheServer', true));
  release();
  await untilInteractive(page);
  await page.unroute('**/assets/index-*.js');
  await expect(page.getByText('Embedded dataset e2e-2026-10')).toBeVisible();
  expect(await row.evaluate((element) => Reflect.get(element, 'drawnByTheServer'))).toBe(true);
  await expect(row).toContainText('KRW 1.2345 trillion');
  // The digest compares the published state with the previous briefing: the new figure is there.
  const changes = page
    .getByRole('region', { name: /what changed since the last briefing/i })
    .getByRole('table', { name: /^performance/i });
  const hana = changes.getByRole('row').filter({ hasText: 'Hana inclusive finance' });
  await expect(hana.filter({ hasText: /^New figure/ })).toContainText('KRW 1.2345 trillion');
  await expect(hana.filter({ hasText: /^Status changed/ })).toContainText('No reported figure yet →');
  await row.getByRole('link', { name: 'Open details for Hana inclusive finance' }).click();
  await expect(page.getByText('Inclusive finance, third quarter').first()).toBeVisible();
});
