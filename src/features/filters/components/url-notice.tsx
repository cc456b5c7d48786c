import { useState } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import type { DroppedValue } from '../model/url-state';

/** Says which parts of a link were ignored, so a bad link never fails silently. */
export function UrlNotice({ dropped }: { dropped: readonly DroppedValue[] }) {
  const { t } = useTranslation('filters');
  const [dismissed, setDismissed] = useState<readonly DroppedValue[] | null>(null);
  if (dropped.length === 0 || dismissed === dropped) return null;
  const values = dropped.map((item) => `${item.key}=${item.value}`).join(', ');
  return (
    <div className="notice notice--warning" role="status">
      <span>{t('droppedNotice', { values })}</span>{' '}
      <button type="button" className="link-button" onClick={() => setDismissed(dropped)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
