import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { useHydrated } from '../../src/lib/use-hydrated';

// Data the build did not have (the vintages) may arrive while the page takes over its markup.
let arrived = false;
function Digest() {
  const hydrated = useHydrated();
  return <p>{hydrated && arrived ? 'What changed' : 'Loading'}</p>;
}

describe('taking over prerendered markup (useHydrated)', () => {
  it('draws what the build drew while taking over, then the data that arrived meanwhile, with no mismatch', async () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Digest />);
    expect(container.textContent).toBe('Loading');
    arrived = true;
    const onRecoverableError = vi.fn();
    await act(async () => {
      hydrateRoot(container, <Digest />, { onRecoverableError });
    });
    expect(onRecoverableError).not.toHaveBeenCalled();
    expect(container.textContent).toBe('What changed');
  });
});
