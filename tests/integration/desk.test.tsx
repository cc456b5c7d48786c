// The data desk in the app over MSW: sign in, a figure checked as it is typed, kept as a draft
// across a reload, recorded, then approved and published by an approver.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { DESK_DEV_PASSWORD, resetDesk } from '../../mocks/desk';
import { renderApp } from '../support/render-app';

beforeEach(() => {
  resetDesk();
  document.cookie = 'pt_session=; path=/; max-age=0';
});

async function signIn(user: ReturnType<typeof userEvent.setup>, username: string) {
  await user.type(await screen.findByLabelText('User name'), username);
  await user.type(screen.getByLabelText('Password'), DESK_DEV_PASSWORD);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByText(new RegExp(`Signed in as ${username}`));
}

async function fillSource(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Source publisher (Korean)'), '금융위원회');
  await user.type(screen.getByLabelText('Source publisher (English)'), 'Financial Services Commission');
  await user.type(screen.getByLabelText('Source title (Korean)'), '3분기 실적');
  await user.type(screen.getByLabelText('Source title (English)'), 'Third-quarter results');
  await user.type(screen.getByLabelText('Source date (YYYY-MM or YYYY-MM-DD)'), '2026-10-28');
  await user.type(screen.getByLabelText('Source address (https://…)'), 'https://www.fsc.go.kr/example');
}

describe('data desk', () => {
  it('checks a figure as it is typed, keeps the draft across a reload, and records it', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp('/#desk');
    await signIn(user, 'editor');
    await user.selectOptions(screen.getByLabelText('Pledge or indicator'), 'Hana inclusive finance');
    const value = screen.getByLabelText(/^Value/);
    await user.type(value, '12x');
    expect(value).toHaveAccessibleDescription(
      'Value: not a number. Type digits with at most one decimal point, such as 1.5.',
    );
    await user.clear(value);
    await user.type(value, '12345');
    expect(value).not.toHaveAccessibleDescription();
    await user.type(screen.getByLabelText('Date the figure describes'), '2026-09-30');

    // A reload keeps what was typed (the draft is in local storage).
    const stored = localStorage.getItem('pledge-tracker:desk-draft');
    unmount();
    window.history.replaceState(null, '', '/#desk');
    localStorage.setItem('pledge-tracker:desk-draft', stored ?? '');
    const { render } = await import('@testing-library/react');
    const { App } = await import('../../src/app/app');
    const { createQueryClient } = await import('../../src/lib/query-client');
    render(<App queryClient={createQueryClient({ retryDelay: 1 })} />);
    await screen.findByText(/Signed in as editor/);
    expect(screen.getByLabelText(/^Value/)).toHaveValue('12345');

    // Without a source it is not sent; with one it is recorded.
    await user.click(screen.getByRole('button', { name: 'Record for review' }));
    expect(screen.getByLabelText('Source address (https://…)')).toHaveAccessibleDescription('Required.');
    await fillSource(user);
    await user.click(screen.getByRole('button', { name: 'Record for review' }));
    expect(await screen.findByText('Recorded: waiting for an approver.')).toBeInTheDocument();
    expect(localStorage.getItem('pledge-tracker:desk-draft')).toBeNull();
  });

  it('lets an approver approve a pending figure and publish a vintage', async () => {
    const user = userEvent.setup();
    renderApp('/#desk');
    await signIn(user, 'editor');
    await user.selectOptions(screen.getByLabelText('Pledge or indicator'), 'Hana inclusive finance');
    await user.type(screen.getByLabelText(/^Value/), '500');
    await user.type(screen.getByLabelText('Date the figure describes'), '2026-06-30');
    await fillSource(user);
    await user.click(screen.getByRole('button', { name: 'Record for review' }));
    await screen.findByText('Recorded: waiting for an approver.');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    await signIn(user, 'approver');
    const review = screen.getByRole('region', { name: 'Pending figures' });
    const item = await within(review).findByText(
      'Hana inclusive finance: KRW 50 billion on 30 Jun 2026, recorded by editor',
    );
    expect(within(review).getByText(/Financial Services Commission, “Third-quarter results”/)).toBeInTheDocument();
    expect(item).toBeInTheDocument();
    await user.click(within(review).getByRole('button', { name: 'Approve' }));
    expect(await within(review).findByText('Nothing waits for review.')).toBeInTheDocument();
    await user.type(within(review).getByLabelText('Vintage name'), '2026-10-a');
    await user.click(within(review).getByRole('button', { name: 'Publish a vintage' }));
    expect(await within(review).findByText('Published vintage 2026-10-a.')).toBeInTheDocument();
  });
});
