import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/i18n';

/** "Loading…", and after a few seconds a plain word that it is slow (never a silent spinner). */
export function LoadingNotice({ label, slowAfterMs = 3_000 }: { label: string; slowAfterMs?: number }) {
  const { t } = useTranslation('common');
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), slowAfterMs);
    return () => clearTimeout(timer);
  }, [slowAfterMs]);
  return (
    <p className="skeleton" role="status">
      {label}
      {slow ? ` ${t('slow')}` : ''}
    </p>
  );
}
