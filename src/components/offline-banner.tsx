import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from '../i18n/i18n';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/** Says plainly when the browser is offline; queries resume by themselves when it is back. */
export function OfflineBanner() {
  const { t } = useTranslation('common');
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  if (online) return null;
  return (
    <p className="offline-banner" role="status">
      {t('offline')}
    </p>
  );
}
