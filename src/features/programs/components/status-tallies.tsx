import { useId } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { formatKrw } from '../../../i18n/format';
import { pledgeStatuses, type Lang } from '../../../lib/view-state';
import type { OverviewTotals } from '../model/overview-totals';

interface Props {
  totals: OverviewTotals;
  lang: Lang;
}

/** Headline figures: pledges by status, money pledged and reported — each won once. */
export function StatusTallies({ totals, lang }: Props) {
  const { t } = useTranslation(['overview', 'status', 'common']);
  // Each value is named by its label, so assistive technology (and tests) can ask for it.
  const id = useId();
  return (
    <section className="tallies" aria-labelledby="tallies-heading">
      <h2 id="tallies-heading" className="visually-hidden">
        {t('overview:talliesHeading')}
      </h2>
      <dl className="tallies__money">
        <div className="tally">
          <dt id={`${id}-groups`}>{t('overview:groupsPledged')}</dt>
          <dd aria-labelledby={`${id}-groups`}>{formatKrw(totals.groupsPledged, lang)}</dd>
        </div>
        <div className="tally">
          <dt id={`${id}-pledged`}>{t('overview:selectionPledged')}</dt>
          <dd aria-labelledby={`${id}-pledged`}>
            {formatKrw(totals.committed.net, lang)}
            {totals.committed.gross !== totals.committed.net ? (
              <span className="tally__note">
                {t('overview:grossVsNet', {
                  gross: formatKrw(totals.committed.gross, lang),
                })}
              </span>
            ) : null}
          </dd>
        </div>
        <div className="tally">
          <dt id={`${id}-planned`}>{t('overview:selectionPlanned', { year: totals.planned.year })}</dt>
          <dd aria-labelledby={`${id}-planned`}>
            {totals.planned.value === null ? t('overview:noPlans') : formatKrw(totals.planned.value, lang)}
          </dd>
        </div>
        <div className="tally">
          <dt id={`${id}-reported`}>{t('overview:selectionReported')}</dt>
          <dd aria-labelledby={`${id}-reported`}>
            {formatKrw(totals.reported.net, lang)}
            {totals.reportedIllustrative ? (
              <span className="badge badge--illustrative">{t('common:illustrative')}</span>
            ) : null}
          </dd>
        </div>
      </dl>
      <ul className="tallies__status" aria-label={t('status:tally.heading')}>
        {pledgeStatuses
          .filter((status) => (totals.byStatus.get(status) ?? 0) > 0)
          .map((status) => (
            <li key={status} className={`tally-chip status--${status}`}>
              <span className="tally-chip__count">{totals.byStatus.get(status)}</span> {t(`status:label.${status}`)}
            </li>
          ))}
      </ul>
    </section>
  );
}
