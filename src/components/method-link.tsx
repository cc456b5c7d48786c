// A link from a figure or a verdict to the part of the method page that says how it is made.
// A real link (it opens in a new tab too); a plain click opens the page here, at that section.
import { useTranslation } from '../i18n/i18n';
import { useUiStore } from '../lib/ui-store';

export const methodSections = ['ledger', 'bases', 'plans', 'pace', 'early', 'freshness', 'provenance', 'asOf'] as const;
export type MethodSection = (typeof methodSections)[number];

export const methodHref = (section: MethodSection) => `?page=method&v=1#method-${section}`;

export function MethodLink({ section }: { section: MethodSection }) {
  const { t } = useTranslation('common');
  return (
    <a
      className="method-link no-print"
      href={methodHref(section)}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        history.replaceState(history.state, '', `${location.pathname}${location.search}#method-${section}`);
        useUiStore.getState().openPage('method');
      }}
    >
      {t(`methodLink.${section}`)}
    </a>
  );
}
