import { act, render, renderHook } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFollowedFilters } from '../../src/app/use-overview-selection';
import { createInitialView, selectFilters, useUiStore } from '../../src/lib/ui-store';

const institutionsOf = (filters: { institutions: readonly string[] }) => filters.institutions.join(',') || 'none';

describe('the filters the overview draws its later parts from (useFollowedFilters)', () => {
  beforeEach(() => {
    window.localStorage.clear();
    useUiStore.setState(createInitialView('en'));
  });

  it('until the page is settled, follows a change in the render the change makes', () => {
    const { result } = renderHook(() => useFollowedFilters(false));
    act(() => useUiStore.getState().setFilters({ institutions: ['woori'] }));
    expect(result.current.institutions).toEqual(['woori']);
  });

  it('once settled, renders a change only after the scorecard has committed it', () => {
    const log: string[] = [];
    // Stands for the scorecard: it follows the store at once.
    function Answer() {
      const filters = useUiStore(selectFilters);
      log.push(`answer renders ${institutionsOf(filters)}`);
      useLayoutEffect(() => {
        log.push(`answer committed ${institutionsOf(filters)}`);
      }, [filters]);
      return null;
    }
    // Stands for the page's later parts.
    function Later() {
      const filters = useFollowedFilters(true);
      log.push(`later renders ${institutionsOf(filters)}`);
      return null;
    }
    render(
      <>
        <Answer />
        <Later />
      </>,
    );
    log.length = 0;
    act(() => useUiStore.getState().setFilters({ institutions: ['hana'] }));
    expect(log.indexOf('answer committed hana')).toBeGreaterThan(-1);
    expect(log.indexOf('later renders hana')).toBeGreaterThan(log.indexOf('answer committed hana'));
    // The later parts did not render at the change itself (a render with the old filters).
    expect(log.filter((entry) => entry.startsWith('later') && entry !== 'later renders hana')).toEqual([]);
  });

  it('settling starts from the filters drawn: no step back to older ones', () => {
    const seen: string[] = [];
    const { rerender } = renderHook(
      ({ settled }) => {
        const filters = useFollowedFilters(settled);
        seen.push(institutionsOf(filters));
        return filters;
      },
      { initialProps: { settled: false } },
    );
    act(() => useUiStore.getState().setFilters({ institutions: ['kb'] }));
    act(() => rerender({ settled: true }));
    act(() => useUiStore.getState().setFilters({ institutions: ['kb', 'nh'] }));
    const firstKb = seen.indexOf('kb');
    expect(firstKb).toBeGreaterThan(-1);
    expect(seen.slice(firstKb).every((entry) => entry !== 'none')).toBe(true);
    expect(seen.at(-1)).toBe('kb,nh');
  });
});
