// The method page: what each tally adds, pace, grace band, "too early", staleness, provenance.
import { useEffect, useRef } from 'react';
import { PUBLICATION_LAG_MONTHS } from '../features/programs/model/freshness';
import { DEFAULT_GRACE_BAND, TOO_EARLY } from '../features/programs/model/status';
import { formatPercent } from '../i18n/format';
import { registerCatalog, useTranslation } from '../i18n/i18n';
import * as methodCatalog from '../i18n/messages/method';
import { useUiStore } from '../lib/ui-store';
import { methodSections as sections } from '../components/method-link';
import { useLang } from '../lib/ui-provided';

// Loaded on demand (React.lazy in app.tsx): this chunk brings its own messages.
registerCatalog('method', methodCatalog);

export function MethodPage() {
  const { t } = useTranslation('method');
  const lang = useLang();
  const openPage = useUiStore((state) => state.openPage);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Opened from a figure's link: land on the section that explains it.
    const target = /^#method-[a-zA-Z]+$/.test(location.hash)
      ? document.getElementById(`${location.hash.slice(1)}-heading`)
      : null;
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: 'start' });
    } else heading.current?.focus();
  }, []);
  useEffect(() => {
    document.title = `${t('heading')} — Pledge Tracker`;
  }, [t]);
  const values = {
    band: formatPercent(DEFAULT_GRACE_BAND * 100, lang),
    share: formatPercent(TOO_EARLY.minShareOfPeriod * 100, lang),
    readings: String(TOO_EARLY.minReadings),
    lag: String(PUBLICATION_LAG_MONTHS),
  };
  return (
    <article className="method" aria-labelledby="method-heading">
      <p>
        <a
          href="?"
          onClick={(event) => {
            event.preventDefault();
            openPage('overview');
          }}
        >
          {t('back')}
        </a>
      </p>
      <h2 id="method-heading" ref={heading} tabIndex={-1}>
        {t('heading')}
      </h2>
      <p>{t('intro')}</p>
      {sections.map((id) => (
        <section key={id} id={`method-${id}`} aria-labelledby={`method-${id}-heading`}>
          <h3 id={`method-${id}-heading`} tabIndex={-1}>
            {t(`${id}.heading`)}
          </h3>
          <p>{t(`${id}.body`, values)}</p>
        </section>
      ))}
    </article>
  );
}
