// The data desk lives at #desk: loaded only when opened (it is not part of the first paint).
import { lazy, Suspense, useEffect, useState } from 'react';
import { useIndicatorList } from '../features/indicators/api/get-indicators';
import { usePrograms } from '../features/programs/api/get-programs';
import { DependencyStatus } from '../components/dependency-status';
import type { Indicator, Program } from '../lib/schemas';

const DeskPage = lazy(() =>
  import('../features/desk/components/desk-page').then((module) => ({ default: module.DeskPage })),
);

// Stable empty lists while loading (the desk memoises what it derives from them).
const noPrograms: readonly Program[] = [];
const noIndicators: readonly Indicator[] = [];

const isDeskHash = () => typeof location !== 'undefined' && location.hash === '#desk';

/** Whether #desk is open, and a way to close it. */
export function useDeskRoute(): [boolean, () => void] {
  const [open, setOpen] = useState(isDeskHash);
  useEffect(() => {
    const follow = () => setOpen(isDeskHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const close = () => {
    history.pushState(null, '', `${location.pathname}${location.search}`);
    setOpen(false);
  };
  return [open, close];
}

export function DeskRoute({ onBack }: { onBack: () => void }) {
  const programs = usePrograms();
  const indicators = useIndicatorList();
  return (
    <Suspense fallback={<p aria-busy="true">…</p>}>
      {/* The pledges to record against failed to load: say which data and why, with Retry. */}
      {programs.isError && !programs.data ? (
        <DependencyStatus dependencies={[{ query: programs, subject: 'programs' }]} neededBy="desk" loadingLabel="…" />
      ) : null}
      {indicators.isError && !indicators.data ? (
        <DependencyStatus
          dependencies={[{ query: indicators, subject: 'indicator' }]}
          neededBy="desk"
          loadingLabel="…"
        />
      ) : null}
      <DeskPage
        programs={programs.data ?? noPrograms}
        indicators={indicators.data ?? noIndicators}
        onBack={onBack}
        onSignedIn={() => {
          void programs.refetch();
          void indicators.refetch();
        }}
      />
    </Suspense>
  );
}
