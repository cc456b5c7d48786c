// The change digest as a briefing item: pinned from the overview with the comparison shown, it
// is listed on the pack page against the same vintage, with a takeaway drawn from its figures.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../support/render-app';

describe('the change digest in the briefing pack (MSW)', () => {
  it('pins the digest against the October briefing and lists it on the pack page, in English and Korean', async () => {
    const user = userEvent.setup();
    renderApp();
    // The section is looked up again before each step: the overview may draw it anew meanwhile.
    const digest = () => screen.findByRole('region', { name: /what changed since the last briefing/i });
    // By default the digest compares with the previous briefing; the reader picks October instead.
    await within(await digest()).findByRole('button', { name: 'Add to briefing: “What changed since 28 Feb 2026”' });
    await user.selectOptions(
      within(await digest()).getByRole('combobox', { name: /compare with/i }),
      'briefing-2025-10-31',
    );
    await user.click(
      await within(await digest()).findByRole('button', { name: 'Add to briefing: “What changed since 31 Oct 2025”' }),
    );
    // One item in the briefing: the page offers to open it.
    const open = await screen.findAllByRole('button', { name: 'Open briefing (1)' });
    await user.click(open[0] as HTMLElement);

    expect(await screen.findByRole('heading', { level: 2, name: 'Briefing pack' })).toBeInTheDocument();
    const takeaway = await screen.findByRole('textbox', { name: 'Takeaway title for item 1' });
    // The comparison pinned is the one the pack draws: the October briefing, not the default.
    expect(takeaway).toHaveDisplayValue(
      /^Since 31 Oct 2025: \d+ changes; largest (revision|new figure) \+?KRW [\d.,]+ (trillion|billion), /,
    );
    const page = screen.getByRole('region', { name: (takeaway as HTMLInputElement).value });
    expect(within(page).getByText(/^What changed since 31 Oct 2025 — From /)).toBeInTheDocument();
    expect(within(page).getByRole('img', { name: 'What changed since 31 Oct 2025' })).toBeInTheDocument();
    expect(screen.queryByText(/This view is not available/)).not.toBeInTheDocument();

    // The pack in Korean (the page's controls stay in the reader's language): Korean words and amounts.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the pack' }), 'ko');
    const korean = await screen.findByDisplayValue(
      /^2025년 10월 31일 이후 변경 \d+건, 가장 큰 (정정|새 수치) \+?[\d,]+[조억]/,
    );
    expect(korean).toHaveAccessibleName('Takeaway title for item 1');
    expect((korean as HTMLInputElement).value).not.toMatch(/trillion|billion|KRW/);
    expect(screen.getByText(/^2025년 10월 31일 이후 달라진 점 — /)).toBeInTheDocument();
  });
});
