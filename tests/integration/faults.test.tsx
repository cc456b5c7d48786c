import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { faultHandler, faults, type Fault } from '../../mocks/scenarios';
import { findRegion } from '../support/queries';
import { renderApp } from '../support/render-app';

interface View {
  name: string;
  url: string;
  resource: string;
  /** Where the message must appear. */
  place: () => Promise<HTMLElement>;
  what: string;
  /** Something elsewhere on the page that must still show its data. */
  stillWorking: () => Promise<void>;
}

const panelSection = findRegion;
const main = async () => screen.getByRole('main');
const loansStillDrawn = async () => {
  const loans = await panelSection(/five major banks' corporate loans$/i);
  expect(await within(loans).findByText('Large corporates')).toBeInTheDocument();
};
const tableStillShown = async () => {
  expect(await screen.findByRole('table', { name: /every tracked pledge/i })).toBeInTheDocument();
};

const views: View[] = [
  {
    name: 'overview table and tallies',
    url: '/',
    resource: 'programs',
    place: main,
    what: 'The list of pledges could not be loaded.',
    stillWorking: loansStillDrawn,
  },
  {
    name: 'institutions for the table',
    url: '/',
    resource: 'institutions',
    place: main,
    what: 'The list of institutions could not be loaded.',
    stillWorking: loansStillDrawn,
  },
  {
    name: 'corporate loans panel',
    url: '/',
    resource: 'indicators/five-bank-corporate-loans',
    place: () => panelSection(/five major banks' corporate loans$/i),
    what: 'This indicator could not be loaded.',
    stillWorking: tableStillShown,
  },
  {
    name: 'loan increases panel',
    url: '/',
    resource: 'indicators/five-bank-corporate-loan-changes',
    place: () => panelSection(/loan increases/i),
    what: 'This indicator could not be loaded.',
    stillWorking: tableStillShown,
  },
  {
    name: 'technology credit panel',
    url: '/',
    resource: 'indicators/tech-credit-all-banks',
    place: () => panelSection(/technology-credit loans, all banks/i),
    what: 'This indicator could not be loaded.',
    stillWorking: tableStillShown,
  },
  {
    name: 'program detail',
    url: '/?v=1&program=woori-total',
    resource: 'programs',
    place: main,
    what: 'The list of pledges could not be loaded.',
    stillWorking: async () => {
      expect(await screen.findByText(/data as of 28 Feb 2026/)).toBeInTheDocument();
    },
  },
];

const why: Record<Exclude<Fault, 'slow-10s'>, RegExp> = {
  'network-error': /could not be reached/,
  'http-500': /answered with an error \(500\)/,
  'http-503': /answered with an error \(503\)/,
  'malformed-json': /not valid JSON/,
  'schema-invalid': /not in the expected form \(field [^)]+\)/,
};

describe.each(views)('$name', (view) => {
  it.each(faults.filter((fault): fault is Exclude<Fault, 'slow-10s'> => fault !== 'slow-10s'))(
    '%s: says what failed, offers Retry, the rest keeps working',
    async (fault) => {
      server.use(faultHandler(view.resource, fault));
      renderApp(view.url);
      const place = await view.place();
      const alert = await within(place).findByRole('alert');
      expect(alert).toHaveTextContent(view.what);
      expect(alert).toHaveTextContent(why[fault]);
      expect(within(alert).getByRole('button', { name: 'Retry' })).toBeEnabled();
      await view.stillWorking();
    },
  );

  it('slow-10s: says it is taking longer than usual', async () => {
    server.use(faultHandler(view.resource, 'slow-10s'));
    renderApp(view.url);
    const place = await view.place();
    expect(await within(place).findByText(/taking longer than usual/)).toBeInTheDocument();
    await view.stillWorking();
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
