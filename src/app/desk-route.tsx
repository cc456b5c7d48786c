// The data desk lives at #desk: loaded only when opened (it is not part of the first paint).
import { lazy, Suspense, useEffect, useState } from 'react';
import { usePrograms } from '../features/programs/api/get-programs';
import { DependencyStatus } from '../components/dependency-status';
import { localized } from '../i18n/localized';
import { selectLang, useUiStore } from '../lib/ui-store';

const DeskPage = lazy(() =>
  import('../features/desk/components/desk-page').then((module) => ({ default: module.DeskPage })),
);

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
  const lang = useUiStore(selectLang);
  const programs = usePrograms();
  const options = (programs.data ?? []).map((program) => ({
    id: program.id,
    name: localized(program.name, lang),
  }));
  return (
    <Suspense fallback={<p aria-busy="true">…</p>}>
      {/* The pledges to record against failed to load: say which data and why, with Retry. */}
      {programs.isError && !programs.data ? (
        <DependencyStatus dependencies={[{ query: programs, subject: 'programs' }]} neededBy="desk" loadingLabel="…" />
      ) : null}
      <DeskPage programs={options} onBack={onBack} onSignedIn={() => void programs.refetch()} />
    </Suspense>
  );
}
