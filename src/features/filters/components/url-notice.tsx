import { useState } from 'react';
import { useTranslation, type Translator } from '../../../i18n/i18n';
import { isolate } from '../../../lib/bidi';
import type { DroppedValue } from '../model/url-state';

/** At most this many values are listed, each cut to this length: a hostile link cannot flood the page. */
const MAX_LISTED = 8;
const MAX_VALUE_LENGTH = 40;

function cut(text: string): string {
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

function listed(items: readonly DroppedValue[], t: Translator): string {
  // Each value is direction-isolated (it came from a link or storage, not from us).
  const shown = items.slice(0, MAX_LISTED).map((item) => isolate(`${cut(item.key)}=${cut(item.value)}`));
  const more = items.length - shown.length;
  return more > 0 ? `${shown.join(', ')} ${t('filters:droppedMore', { count: more })}` : shown.join(', ');
}

/** Says which parts of a link (or of the remembered last view) were ignored, so nothing fails silently. */
export function UrlNotice({ dropped }: { dropped: readonly DroppedValue[] }) {
  const { t } = useTranslation('filters');
  const [dismissed, setDismissed] = useState<readonly DroppedValue[] | null>(null);
  if (dropped.length === 0 || dismissed === dropped) return null;
  const fromLink = dropped.filter((item) => item.from !== 'remembered');
  const fromMemory = dropped.filter((item) => item.from === 'remembered');
  return (
    <div className="notice notice--warning" role="status">
      {fromLink.length > 0 ? <span>{t('droppedNotice', { values: listed(fromLink, t) })}</span> : null}{' '}
      {fromMemory.length > 0 ? <span>{t('droppedRemembered', { values: listed(fromMemory, t) })}</span> : null}{' '}
      <button type="button" className="link-button" onClick={() => setDismissed(dropped)}>
        {t('dismiss')}
      </button>
    </div>
  );
}
