import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { uiStoreReaders } from '../../src/lib/ui-store';
import { renderApp } from '../support/render-app';

// The UI store asks every reader, on every change, whether its part changed. The language and
// the dataset, read by nearly every part, come down from the app's root by context
// (`UiProvided`): a filter tick asks a few dozen readers. When each translated part read the
// language from the store, the overview had about 600.
const READERS_BUDGET = 60;

describe('the UI store’s readers', () => {
  it('stay within a few dozen on the overview, before and after a filter tick', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('table', { name: /every tracked pledge/i });
    await screen.findAllByText('KRW (T = trillion, B = billion)');
    const drawn = uiStoreReaders();
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThanOrEqual(READERS_BUDGET);

    await user.click(screen.getByText('Institution', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: /Hana Financial Group/ }));
    await screen.findByText(/Showing \d+ of \d+ pledges/);
    expect(uiStoreReaders()).toBeLessThanOrEqual(READERS_BUDGET);
  });
});
