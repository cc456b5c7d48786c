import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONG_WAIT_MS, useLongWait } from '../../src/lib/use-long-wait';

/** A part catching up with `step` (null: it has caught up). */
function Part({ step }: { step: number | null }) {
  const long = useLongWait(step !== null);
  return (
    <p data-testid="part" data-step={step ?? undefined} data-long-wait={long || undefined} aria-busy={step !== null} />
  );
}

const part = () => screen.getByTestId('part');

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a busy part fades only when the wait lasts (useLongWait)', () => {
  it('says nothing at the change itself, and says a long wait once it has lasted', () => {
    const { rerender } = render(<Part step={null} />);
    rerender(<Part step={1} />);
    expect(part()).toHaveAttribute('aria-busy', 'true');
    expect(part()).not.toHaveAttribute('data-long-wait');
    act(() => vi.advanceTimersByTime(LONG_WAIT_MS - 1));
    expect(part()).not.toHaveAttribute('data-long-wait');
    act(() => vi.advanceTimersByTime(1));
    expect(part()).toHaveAttribute('data-long-wait', 'true');
    // Caught up: the fade ends with the wait, and a new wait starts from nothing.
    rerender(<Part step={null} />);
    expect(part()).not.toHaveAttribute('data-long-wait');
    rerender(<Part step={2} />);
    expect(part()).not.toHaveAttribute('data-long-wait');
  });

  it('never fades a part that catches up in time; one kept behind by change after change fades from its first', () => {
    const { rerender } = render(<Part step={1} />);
    act(() => vi.advanceTimersByTime(LONG_WAIT_MS - 50));
    rerender(<Part step={null} />);
    act(() => vi.advanceTimersByTime(LONG_WAIT_MS * 2));
    expect(part()).not.toHaveAttribute('data-long-wait');

    rerender(<Part step={2} />);
    act(() => vi.advanceTimersByTime(LONG_WAIT_MS - 50));
    rerender(<Part step={3} />);
    expect(part()).not.toHaveAttribute('data-long-wait');
    act(() => vi.advanceTimersByTime(50));
    expect(part()).toHaveAttribute('data-long-wait', 'true');
  });
});
