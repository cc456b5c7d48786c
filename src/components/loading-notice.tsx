import { createContext, useContext, useEffect, useState } from 'react';
import { useTranslation } from '../i18n/i18n';

/** After how long a wait "Loading…" adds that it is slow (tests shorten it; the app keeps 3 s). */
export const SlowAfterContext = createContext(3_000);

/** "Loading…", and after a few seconds a plain word that it is slow (never a silent spinner). */
export function LoadingNotice({ label, slowAfterMs }: { label: string; slowAfterMs?: number }) {
  const { t } = useTranslation('common');
  const fromContext = useContext(SlowAfterContext);
  const after = slowAfterMs ?? fromContext;
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), after);
    return () => clearTimeout(timer);
  }, [after]);
  return (
    <p className="skeleton" role="status">
      {label}
      {slow ? ` ${t('slow')}` : ''}
    </p>
  );
}
