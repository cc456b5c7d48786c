import { formatDate } from '../../../i18n/format';
import { useTranslation } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { isolate } from '../../../lib/bidi';
import type { Lang } from '../../../lib/view-state';
import type { ProgramRow } from '../model/overview-rows';

/** When the pledge was last reported, or that it has not been yet (its last dated step on hover and
 *  for screen readers), and whether an update is due for its cadence. A late update never changes
 *  the status. One line: the table keeps a line per pledge. */
export function ReportedCell({ row, lang }: { row: ProgramRow; lang: Lang }) {
  const { t } = useTranslation('programs');
  const { freshness } = row;
  const lastStep = t('lastStep', {
    step: isolate(localized(row.lastStep.label, lang)),
    date: formatDate(row.lastStep.date, lang),
  });
  const due =
    freshness?.updateDue && freshness.nextDue
      ? `${t('updateDue', { date: formatDate(freshness.nextDue, lang) })}${freshness.cadenceAssumed ? ` ${t('cadenceAssumed')}` : ''}`
      : null;
  return (
    <>
      {row.latestDate ? (
        formatDate(row.latestDate, lang)
      ) : (
        // The status already says "no reported figure yet": a dash, its last step on hover and
        // for screen readers.
        <span className="reported-cell__none" title={`${t('noFigureYet')} ${lastStep}`}>
          <span aria-hidden="true" className="muted">
            –
          </span>
          <span className="visually-hidden">{`${t('noFigureYet')} ${lastStep}`}</span>
        </span>
      )}
      {due ? (
        <span className="update-due" title={due}>
          {' '}
          · {t('updateDueShort')}
          <span className="visually-hidden"> {due}</span>
        </span>
      ) : null}
    </>
  );
}
