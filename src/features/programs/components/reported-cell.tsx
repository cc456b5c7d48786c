import { formatDate } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import type { Lang } from '../../../lib/view-state';
import type { ProgramRow } from '../model/overview-rows';

/** When the pledge was last reported, or that it has not been yet (with its last dated step), and
 *  whether an update is due for its cadence. A late update never changes the status. */
export function ReportedCell({ row, lang }: { row: ProgramRow; lang: Lang }) {
  const { t } = useTranslation('programs');
  const { freshness } = row;
  return (
    <>
      {row.latestDate ? (
        formatDate(row.latestDate, lang)
      ) : (
        <span className="reported-cell__none">
          {t('noFigureYet')}{' '}
          <span className="muted">
            {t('lastStep', { step: localized(row.lastStep.label, lang), date: formatDate(row.lastStep.date, lang) })}
          </span>
        </span>
      )}
      {freshness?.updateDue && freshness.nextDue ? (
        <span className="update-due">
          {' '}
          {t('updateDue', { date: formatDate(freshness.nextDue, lang) })}
          {freshness.cadenceAssumed ? ` ${t('cadenceAssumed')}` : ''}
        </span>
      ) : null}
    </>
  );
}
