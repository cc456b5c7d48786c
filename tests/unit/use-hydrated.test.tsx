import { act, startTransition } from 'react';
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

function LanguagePicker({ onPick }: { onPick: (value: string) => void }) {
  const hydrated = useHydrated();
  return (
    <select aria-label="Language" data-hydrated={hydrated} value="en" onChange={(event) => onPick(event.target.value)}>
      <option value="en">English</option>
      <option value="ko">한국어</option>
    </select>
  );
}

describe('a choice made while the markup is taken over (useHydrated)', () => {
  it('reaches the handler as the reader made it, not as the markup drew it', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    container.innerHTML = renderToString(<LanguagePicker onPick={() => undefined} />);
    const picked: string[] = [];
    await act(async () => {
      startTransition(() => {
        hydrateRoot(container, <LanguagePicker onPick={(value) => picked.push(value)} />);
      });
      // The reader picks before React has taken the select over: React replays the change
      // once it has.
      const select = container.querySelector('select');
      if (!select) throw new Error('no select');
      select.value = 'ko';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(picked).toEqual(['ko']);
    expect(container.querySelector('select')?.dataset.hydrated).toBe('true');
    container.remove();
  });
});
