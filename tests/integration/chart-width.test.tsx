// A chart is drawn at the width of its panel and follows it when the window is resized
// (jsdom has no layout: a stand-in ResizeObserver reports the widths a browser would).
import { act, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findRegion } from '../support/queries';
import { renderApp } from '../support/render-app';

const observed = new Map<Element, ResizeObserverCallback>();

class StandInResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    observed.set(target, this.callback);
  }
  unobserve(target: Element) {
    observed.delete(target);
  }
  disconnect() {
    for (const [target, callback] of observed) if (callback === this.callback) observed.delete(target);
  }
}

/** Every observed element is now `width` px wide. */
function resizeTo(width: number) {
  act(() => {
    for (const [target, callback] of [...observed]) {
      const entry = { target, contentRect: { width } } as unknown as ResizeObserverEntry;
      callback([entry], {} as ResizeObserver);
    }
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
  observed.clear();
});

describe('chart width', () => {
  it('fills a wide panel, and shrinks with a phone-width one, with the same axis ticks', async () => {
    vi.stubGlobal('ResizeObserver', StandInResizeObserver);
    renderApp();
    const section = await findRegion(/technology-credit loans, all banks/i);
    const title = 'Technology-credit loans, all banks';
    await within(section).findByRole('img', { name: title });
    resizeTo(1_250);
    expect(within(section).getByRole('img', { name: title })).toHaveAttribute('width', '1250');
    resizeTo(358);
    expect(within(section).getByRole('img', { name: title })).toHaveAttribute('width', '358');
    // Redrawn narrower (not scaled down), with the same round ticks.
    for (const tick of ['300T', '310T', '320T', '330T']) expect(within(section).getByText(tick)).toBeInTheDocument();
    // Narrower than a readable chart: it keeps its minimum and the panel scrolls.
    resizeTo(200);
    expect(within(section).getByRole('img', { name: title })).toHaveAttribute('width', '300');
  });
});
