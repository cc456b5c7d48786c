import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { defaultResources } from '../../mocks/resources';
import { server } from '../../mocks/node';
import { faultHandler } from '../../mocks/scenarios';
import { renderApp } from '../support/render-app';

describe('responses that do not fit the contract', () => {
  it('says the pledge list is not valid JSON instead of drawing anything', async () => {
    server.use(faultHandler('programs', 'malformed-json'));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The list of pledges could not be loaded.');
    expect(alert).toHaveTextContent('not valid JSON');
    expect(screen.queryByRole('table', { name: /every tracked pledge/i })).not.toBeInTheDocument();
  });

  it('names the field that broke the contract', async () => {
    const [first, ...rest] = defaultResources.programs.programs;
    if (!first) throw new Error('fixture');
    const broken = {
      ...first,
      commitment: { kind: 'amount', targetEok: 'eighty trillion' },
    };
    server.use(http.get('/api/v1/programs', () => HttpResponse.json({ programs: [broken, ...rest] })));
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('programs[0].commitment.targetEok');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
