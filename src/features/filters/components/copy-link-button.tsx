import { memo, useState } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { useUiStore } from '../../../lib/ui-store';
import { shareableUrl } from '../use-url-sync';

/** Memoised: it has no props, so a filter tick does not render it. */
export const CopyLinkButton = memo(function CopyLinkButton() {
  const { t } = useTranslation('filters');
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');
  const onCopy = async () => {
    const url = shareableUrl(useUiStore.getState(), window.location);
    try {
      await navigator.clipboard.writeText(url);
      setResult('copied');
    } catch {
      setResult('failed');
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void onCopy()}>
        {t('copyLink')}
      </button>
      <span role="status" className={result === 'failed' ? 'error-text' : 'muted'}>
        {result === 'copied' ? t('copied') : result === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  );
});
