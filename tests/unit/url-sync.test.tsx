import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useUrlSync } from '../../src/features/filters/use-url-sync';
import { createInitialView, useUiStore } from '../../src/lib/ui-store';

const LAST_VIEW = 'pledge-tracker:last-view';

describe('the address bar follows the view (useUrlSync)', () => {
  beforeEach(() => {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
    useUiStore.setState(createInitialView('en'));
  });
  afterEach(() => {
    window.localStorage.clear();
  });

  it('writes a change once it is painted, one history entry for changes made together', async () => {
    renderHook(() => useUrlSync('en'));
    const entries = window.history.length;
    act(() => {
      useUiStore.getState().setFilters({ institutions: ['kb'] });
      useUiStore.getState().setFilters({ statuses: ['behind'] });
    });
    // Not yet: the change is on screen first.
    expect(window.location.search).not.toContain('inst=kb');
    await waitFor(() => expect(window.location.search).toContain('inst=kb'));
    expect(window.location.search).toContain('status=behind');
    expect(window.history.length).toBe(entries + 1);
    expect(window.localStorage.getItem(LAST_VIEW)).toContain('inst=kb');
  });

  it('leaving the page right after a change still remembers it', () => {
    renderHook(() => useUrlSync('en'));
    act(() => useUiStore.getState().setFilters({ institutions: ['woori'] }));
    window.dispatchEvent(new Event('pagehide'));
    expect(window.localStorage.getItem(LAST_VIEW)).toContain('inst=woori');
    expect(window.location.search).toContain('inst=woori');
  });

  it('a view left (unmounted) right after a change still writes it', () => {
    const { unmount } = renderHook(() => useUrlSync('en'));
    act(() => useUiStore.getState().setFilters({ institutions: ['hana'] }));
    unmount();
    expect(window.location.search).toContain('inst=hana');
  });
});
