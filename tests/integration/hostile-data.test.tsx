import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { server } from '../../mocks/node';
import { rowOf } from '../support/queries';
import { renderApp } from '../support/render-app';

const [woori, ...others] = defaultResources.programs.programs;

function serve(programs: unknown[]) {
  server.use(http.get('/api/v1/programs', () => HttpResponse.json({ programs })));
}

describe('hostile and impossible data', () => {
  it('shows markup in names and notes as text, and links only http(s) sources', async () => {
    if (!woori) throw new Error('fixture');
    const evil = '<img src=x onerror="window.__pwned=1">';
    serve([
      {
        ...woori,
        name: { ko: evil, en: evil },
        notes: [
          {
            ko: '<script>window.__pwned=2</script>',
            en: '<script>window.__pwned=2</script>',
          },
        ],
        sources: woori.sources.map((source, index) => ({
          ...source,
          url: index === 0 ? 'javascript:alert(1)' : source.url,
        })),
      },
      ...others,
    ]);
    const user = userEvent.setup();
    renderApp();
    const table = await screen.findByRole('table', {
      name: /every tracked pledge/i,
    });
    const button = within(table).getByRole('link', {
      name: `Open details for ${evil}`,
    });
    // eslint-disable-next-line testing-library/no-node-access -- an injected <img> has no name a user query could find
    expect(document.querySelector('img[src="x"]')).toBeNull();
    await user.click(button);
    expect(await screen.findByRole('heading', { name: evil, level: 2 })).toBeInTheDocument();
    expect(screen.getByText('<script>window.__pwned=2</script>')).toBeInTheDocument();
    const links = screen
      .getAllByRole('link')
      .map((link) => link.getAttribute('href') ?? '')
      // The app's own links (a section of the page, a view of it) aside: every link from data is http(s).
      .filter((href) => !href.startsWith('#') && !href.startsWith('?page=method&v=1#'));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href.startsWith('https://') || href.startsWith('http://'))).toBe(true);
    expect(Reflect.get(window, '__pwned')).toBeUndefined();
  });

  it('marks impossible figures as data problems instead of plotting them', async () => {
    if (!woori) throw new Error('fixture');
    const inclusive = others.find((program) => program.id === 'woori-inclusive');
    if (!inclusive) throw new Error('fixture');
    serve([
      woori,
      ...others.map((program) =>
        program.id === 'woori-inclusive'
          ? {
              ...program,
              progress: [
                ...program.progress,
                {
                  date: '2026-02-27',
                  value: -5_000,
                  provenance: 'reported',
                  sourceIds: [program.sources[0]?.id ?? 'x'],
                },
                {
                  date: '2031-06-30',
                  value: 10_000,
                  provenance: 'reported',
                  sourceIds: [program.sources[0]?.id ?? 'x'],
                },
              ],
            }
          : program,
      ),
    ]);
    renderApp();
    const table = await screen.findByRole('table', {
      name: /every tracked pledge/i,
    });
    const row = rowOf(table, /Woori inclusive finance/);
    expect(within(row).getByText('Data problem')).toBeInTheDocument();
    expect(row).toHaveTextContent('A negative or unreadable value (-5000) on 27 Feb 2026 was left out.');
    // Past the period's end, and after the data's as-of date: the as-of rule (shared with data:check) names it.
    expect(row).toHaveTextContent('A figure dated 30 Jun 2031, after the data’s as-of date, was left out.');
  });

  it('says an empty dataset has no pledges, and an empty selection matches none', async () => {
    serve([]);
    renderApp();
    expect(await screen.findByText('No pledges in this dataset yet.')).toBeInTheDocument();
  });
});
