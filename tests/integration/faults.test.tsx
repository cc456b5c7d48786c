import userEvent from '@testing-library/user-event';
import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { matrixFaults, RETRY_AFTER_SECONDS } from '../../mocks/scenarios';
import { matrixRecorder, referenceResources, runMatrixCase } from '../support/fault-matrix';
import { renderApp } from '../support/render-app';

// The fault matrix, part 1: the shared resources (meta, pledges, institutions, strategies) on
// the overview. Parts 2 and 3 (context indicators; the detail page and a Korean sample) are in
// faults-indicators.test.tsx and faults-detail.test.tsx so the three run side by side.
const matrix = matrixRecorder('overview-reference');
afterAll(() => matrix.write());

describe.each(referenceResources)('overview, %s failing', (resource) => {
  it.each(matrixFaults)('%s: each view says it or keeps working, and recovers', async (fault) => {
    await runMatrixCase(fault, resource, 'overview', 'en', matrix.record);
  });
});

describe('Retry-After', () => {
  it.each([429, 503])('%i with Retry-After: says when it retries, waits that long, then recovers', async (status) => {
    const times: number[] = [];
    server.use(
      http.get('/api/v1/programs', () => {
        times.push(Date.now());
        return times.length === 1
          ? HttpResponse.json({}, { status, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS) } })
          : undefined;
      }),
    );
    renderApp();
    expect(
      await screen.findByText(new RegExp(`\\(${status}\\)\\. Retrying in ${RETRY_AFTER_SECONDS} s\\.`)),
    ).toBeVisible();
    expect(await screen.findByRole('table', { name: /every tracked pledge/i })).toBeInTheDocument();
    expect(times).toHaveLength(2);
    // Not before the server said (a lower bound only: a loaded machine can only be later).
    expect((times[1] ?? 0) - (times[0] ?? 0)).toBeGreaterThanOrEqual(RETRY_AFTER_SECONDS * 1000 - 50);
  });

  it('a wait longer than a minute is said, not waited for, and Retry still works', async () => {
    let calls = 0;
    server.use(
      http.get('/api/v1/programs', () => {
        calls += 1;
        return calls === 1 ? HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '120' } }) : undefined;
      }),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The data source is limiting requests: rate-limited (429).');
    expect(alert).toHaveTextContent('The data source asks to wait 120 s before trying again.');
    expect(calls).toBe(1);
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: /every tracked pledge/i })).toBeInTheDocument();
  });
});

describe('retries', () => {
  it('retries a 503 briefly, then shows it; recovers on Retry', async () => {
    let calls = 0;
    server.use(
      http.get('/api/v1/programs', () => {
        calls += 1;
        return calls <= 3 ? HttpResponse.json({}, { status: 503 }) : undefined;
      }),
    );
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(calls).toBe(3);
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table', { name: /every tracked pledge/i })).toBeInTheDocument();
  });

  it('does not retry data that breaks the contract', async () => {
    let calls = 0;
    server.use(
      http.get('/api/v1/programs', () => {
        calls += 1;
        return HttpResponse.json({ programs: 'none' });
      }),
    );
    renderApp();
    await screen.findByRole('alert');
    expect(calls).toBe(1);
  });
});

describe('offline', () => {
  it('is noticed and said, and coming back online clears it without a reload', async () => {
    renderApp();
    await screen.findByRole('table', { name: /every tracked pledge/i });
    await act(async () => window.dispatchEvent(new Event('offline')));
    expect(await screen.findByText(/You are offline/)).toBeInTheDocument();
    await act(async () => window.dispatchEvent(new Event('online')));
    expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: /every tracked pledge/i })).toBeInTheDocument();
  });
});
