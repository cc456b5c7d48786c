// The value axis a reader sees on screen: round 조/trillion ticks, a balance's axis that shows
// the movement with its cut marked, and a "From zero" / "Show the movement" switch.
import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findRegion } from '../support/queries';
import { renderApp } from '../support/render-app';

/** The value-axis tick labels (the only texts on a chart that are a number and a unit). */
function ticks(section: HTMLElement, unit: RegExp) {
  return within(section)
    .getAllByText(unit)
    .map((node) => Number((node.textContent ?? '').replace(/[,조T]/g, '').replace('\u2212', '-')));
}

/** Evenly spaced, each step 1, 2 or 5 times a power of ten. */
function expectRound(values: readonly number[]) {
  expect(values.length).toBeGreaterThanOrEqual(3);
  const step = (values[1] ?? 0) - (values[0] ?? 0);
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  expect([1, 2, 5]).toContain(Math.round(mantissa * 1e6) / 1e6);
  values.forEach((value, index) => expect(value).toBeCloseTo((values[0] ?? 0) + index * step, 6));
  for (const value of values) expect(Math.round((value / step) * 1e6) / 1e6).toBe(Math.round(value / step));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the value axis on screen', () => {
  it('a balance shows its movement on round ticks, says where the axis starts, and can start from zero', async () => {
    renderApp();
    const section = await findRegion(/technology-credit loans, all banks/i);
    const note = await within(section).findByRole('note');
    expect(note).toHaveTextContent('Axis starts at KRW 300 trillion, not at zero');
    const axis = within(section).getByRole('group', { name: 'Value axis' });
    const movement = within(axis).getByRole('button', { name: 'Show the movement' });
    const zero = within(axis).getByRole('button', { name: 'From zero' });
    expect(movement).toHaveAttribute('aria-pressed', 'true');
    expect(zero).toHaveAttribute('aria-pressed', 'false');
    const near = ticks(section, /^[\d,.]+T$/);
    expectRound(near);
    expect(near[0]).toBe(300);
    expect(near).toContain(325);

    // Keyboard: Tab to "From zero" and press Enter.
    const user = userEvent.setup();
    zero.focus();
    await user.keyboard('{Enter}');
    expect(zero).toHaveAttribute('aria-pressed', 'true');
    expect(movement).toHaveAttribute('aria-pressed', 'false');
    expect(within(section).queryByRole('note')).not.toBeInTheDocument();
    const fromZero = ticks(section, /^[\d,.]+T$/);
    expectRound(fromZero);
    expect(fromZero[0]).toBe(0);
    expect(fromZero.at(-1)).toBeGreaterThanOrEqual(325);

    await user.click(movement);
    expect(await within(section).findByRole('note')).toHaveTextContent('Axis starts at KRW 300 trillion');
  });

  it('an SVG export draws the axis the reader chose, and says where it starts', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    renderApp();
    const user = userEvent.setup();
    const section = await findRegion(/technology-credit loans, all banks/i);
    await within(section).findByRole('note');
    const exportSvg = async () => {
      const menu = within(section).getByRole('button', { name: /^Export “Technology-credit loans, all banks”/ });
      if (menu.getAttribute('aria-expanded') !== 'true') await user.click(menu);
      await user.click(await within(section).findByRole('button', { name: 'Download SVG' }));
      await vi.waitFor(() => expect(blobs.length).toBeGreaterThan(0));
      const svg = await (blobs.pop() ?? new Blob()).text();
      blobs.length = 0;
      return svg;
    };
    expect(await exportSvg()).toContain('The value axis starts at KRW 300 trillion, not at zero.');
    await user.click(within(section).getByRole('button', { name: 'From zero' }));
    expect(await exportSvg()).not.toContain('The value axis starts at');
  });

  it('the corporate loan balance reads in round 조 steps in Korean (no 6.5조 or 19.5조), with no axis choice that changes nothing', async () => {
    renderApp('/?v=1&lang=ko');
    const section = await findRegion(/^5대 은행 기업대출$/);
    const values = await within(section).findAllByText(/^[\d,.]+조$/);
    // Its SME series reaches down to 175조: from zero and "the movement" are one axis, so no
    // choice that would change nothing is offered.
    expect(within(section).queryByRole('group', { name: '세로축' })).not.toBeInTheDocument();
    const jo = ticks(section, /^[\d,.]+조$/);
    expect(values.length).toBe(jo.length);
    expectRound(jo);
    expect(jo).toEqual([0, 200, 400, 600, 800, 1000]);
  });

  it('bars always start at zero and offer no axis choice', async () => {
    renderApp();
    const section = await findRegion(/corporate loan increases/i);
    await within(section).findByText('Large corporates');
    expect(within(section).queryByRole('group', { name: 'Value axis' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('note')).not.toBeInTheDocument();
    const values = ticks(section, /^\u2212?[\d,.]+T$/);
    expectRound(values);
    expect(values).toContain(0);
  });
});
