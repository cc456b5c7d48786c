// An editor records a figure with its source, an approver publishes, and a viewer's dashboard
// — served by the real server from its database — shows the new figure.
import { request, type APIRequestContext } from '@playwright/test';
import { expect, test } from '../e2e/fixtures';

const password = 'an e2e password, long enough';

async function signedIn(baseURL: string, username: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL });
  const response = await api.post('/api/v1/desk/session', { data: { username, password } });
  expect(response.status()).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { api, csrf: csrfToken };
}

test('an editor records, an approver publishes, a viewer sees the new figure', async ({ page, baseURL }) => {
  const base = baseURL ?? '';
  // The viewer signs in (this deployment keeps reads for signed-in users).
  expect((await page.request.post('/api/v1/desk/session', { data: { username: 'viewer', password } })).status()).toBe(
    200,
  );
  await page.goto('/');
  const row = page.getByRole('row', { name: /Hana inclusive finance/ });
  await expect(row).toContainText('No reported data');

  const editor = await signedIn(base, 'editor');
  const before = await editor.api.get('/api/v1/desk/programs/hana-inclusive/figures');
  const recorded = await editor.api.post('/api/v1/desk/programs/hana-inclusive/figures', {
    headers: { 'X-CSRF-Token': editor.csrf, 'If-Match': before.headers().etag ?? '' },
    data: {
      date: '2026-09-30',
      value: 12_345,
      moneyBasis: 'disbursed',
      provenance: 'reported',
      source: {
        publisher: { ko: '하나금융그룹', en: 'Hana Financial Group' },
        title: { ko: '3분기 포용금융 실적', en: 'Inclusive finance, third quarter' },
        date: '2026-10-28',
        url: 'https://www.hanafn.com/example',
      },
    },
  });
  expect(recorded.status()).toBe(201);
  const { figure } = (await recorded.json()) as { figure: { id: string } };

  const approver = await signedIn(base, 'approver');
  const pending = (await (await approver.api.get('/api/v1/desk/figures?status=pending')).json()) as {
    figures: { id: string; digest: { previous: number | null; next: number } }[];
  };
  expect(pending.figures.find((one) => one.id === figure.id)?.digest).toMatchObject({ previous: null, next: 12_345 });
  const headers = { 'X-CSRF-Token': approver.csrf };
  expect(
    (
      await approver.api.post(`/api/v1/desk/figures/${figure.id}/decision`, { headers, data: { decision: 'approve' } })
    ).status(),
  ).toBe(200);
  expect((await approver.api.post('/api/v1/desk/vintages', { headers, data: { name: 'e2e-2026-10' } })).status()).toBe(
    201,
  );

  await page.reload();
  await expect(page.getByText('Embedded dataset e2e-2026-10')).toBeVisible();
  await expect(row).toContainText('KRW 1.2345 trillion');
  await row.getByRole('button', { name: 'Open details for Hana inclusive finance' }).click();
  await expect(page.getByText('Inclusive finance, third quarter').first()).toBeVisible();
});
