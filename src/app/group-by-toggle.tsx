import { useTranslation } from '../i18n/i18n';
import { selectGroupBy, useUiStore } from '../lib/ui-store';

/** Whether pledge charts group by institution or by strategy (kept in the URL). */
export function GroupByToggle() {
  const { t } = useTranslation('panels');
  const groupBy = useUiStore(selectGroupBy);
  const setGroupBy = useUiStore((state) => state.setGroupBy);
  return (
    <div role="group" aria-label={t('groupBy')} className="segmented">
      <span className="segmented__label" aria-hidden="true">
        {t('groupBy')}:
      </span>
      <button type="button" aria-pressed={groupBy === 'institution'} onClick={() => setGroupBy('institution')}>
        {t('groupInstitution')}
      </button>
      <button type="button" aria-pressed={groupBy === 'strategy'} onClick={() => setGroupBy('strategy')}>
        {t('groupStrategy')}
      </button>
    </div>
  );
}
