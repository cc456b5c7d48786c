import { act, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { afterEach } from 'vitest';
import { beginPrerenderedMarkup, endPrerenderedMarkup, useHydrated } from '../../src/lib/use-hydrated';

// Data the build did not have (the vintages) may arrive while the page takes over its markup.
let arrived = false;
function Digest() {
  const hydrated = useHydrated();
  return <p>{hydrated && arrived ? 'What changed' : 'Loading'}</p>;
}

// As the build and boot.tsx do: the markup is drawn, then taken over, as the prerendered markup.
beforeEach(() => beginPrerenderedMarkup());
afterEach(() => endPrerenderedMarkup());

describe('taking over prerendered markup (useHydrated)', () => {
  it('draws what the build drew while taking over, then the data that arrived meanwhile, with no mismatch', async () => {
    arrived = false;
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
    const select = within(container).getByRole<HTMLSelectElement>('combobox', { name: 'Language' });
    await act(async () => {
      startTransition(() => {
        hydrateRoot(container, <LanguagePicker onPick={(value) => picked.push(value)} />);
      });
      // The reader picks before React has taken the select over: React replays the change
      // once it has.
      select.value = 'ko';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(picked).toEqual(['ko']);
    expect(within(container).getByRole('combobox', { name: 'Language' })).toHaveAttribute('data-hydrated', 'true');
    container.remove();
  });
});

describe('a part drawn rather than taken over (useHydrated)', () => {
  it('draws the data it has from its first render, with no loading step', () => {
    endPrerenderedMarkup();
    arrived = true;
    render(<Digest />);
    expect(screen.getByText('What changed')).toBeInTheDocument();
  });
});
