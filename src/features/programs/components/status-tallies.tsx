import { useId } from 'react';
import { useTranslation } from '../../../i18n/i18n';
import { formatDate, formatKrw } from '../../../i18n/format';
import { pledgeStatuses, type Lang, type PledgeStatus } from '../../../lib/view-state';
import type { OverviewTotals } from '../model/overview-totals';
import { MethodLink } from '../../../components/method-link';

interface Props {
  totals: OverviewTotals;
  lang: Lang;
  /** Link to the method page (how each figure is counted). */
  methodHref: string;
  onMethod: () => void;
  /** A status chip is an entry point: it filters the view to those pledges. */
  onStatus: (status: PledgeStatus) => void;
}

/** Headline figures, each saying in words what it adds: read off the one ledger. */
export function StatusTallies({ totals, lang, methodHref, onMethod, onStatus }: Props) {
  const { t } = useTranslation(['overview', 'status', 'common']);
  // Each value is named by its label, so assistive technology (and tests) can ask for it.
  const id = useId();
  const krw = (eok: number) => formatKrw(eok, lang);
  const { committed, planned } = totals;
  const basisParts = totals.committedByBasis.map((entry) =>
    t(`overview:committedBasis.${entry.basis === 'fund-size' ? 'fundSize' : 'pledged'}`, {
      amount: krw(entry.value),
      count: entry.count,
    }),
  );
  return (
    <section className="tallies" aria-labelledby="tallies-heading">
      <h2 id="tallies-heading" className="visually-hidden">
        {t('overview:talliesHeading')}
      </h2>
      <dl className="tallies__money">
        <div className="tally">
          <dt>
            <span id={`${id}-1`}>{t('overview:groupsPledged')}</span> <MethodLink section="ledger" />
          </dt>
          <dd aria-labelledby={`${id}-1`}>{krw(totals.groupsPledged)}</dd>
        </div>
        <div className="tally">
          <dt>
            <span id={`${id}-2`}>{t('overview:selectionPledged')}</span> <MethodLink section="ledger" />
          </dt>
          <dd aria-labelledby={`${id}-2`}>
            {krw(committed.net)}
            <span className="tally__note">
              {basisParts.join(' + ')}
              {committed.sharedDeducted > 0
                ? ` ${t('overview:sharedDeducted', { amount: krw(committed.sharedDeducted) })}`
                : ''}
            </span>
          </dd>
        </div>
        <div className="tally">
          <dt>
            <span id={`${id}-3`}>{t('overview:selectionPlanned', { year: planned.year })}</span>{' '}
            <MethodLink section="plans" />
          </dt>
          <dd aria-labelledby={`${id}-3`}>
            {planned.value === null ? t('overview:noPlans') : krw(planned.value)}
            <span className="tally__note">
              {t('overview:plansDeclared', { declared: planned.declared, of: planned.of })}
              {planned.partial > 0 ? ` ${t('overview:plansPartial', { count: planned.partial })}` : ''}
              {planned.sharedDeducted > 0
                ? ` ${t('overview:sharedDeducted', { amount: krw(planned.sharedDeducted) })}`
                : ''}
            </span>
          </dd>
        </div>
        {totals.reported.map((ledger) =>
          ledger.reporting === 0 && ledger.basis === 'balance' ? null : (
            <div className="tally" key={ledger.basis}>
              <dt>
                <span id={`${id}-${ledger.basis}`}>{t(`overview:reported.${ledger.basis}`)}</span>{' '}
                <MethodLink section="bases" />
              </dt>
              <dd aria-labelledby={`${id}-${ledger.basis}`}>
                {ledger.reporting === 0 ? t('overview:noneReported') : krw(ledger.net)}
                {ledger.latestDate ? (
                  <span className="tally__note">
                    {t('overview:reportedBy', {
                      count: ledger.reporting,
                      date: formatDate(ledger.latestDate, lang),
                    })}
                  </span>
                ) : null}
                {totals.reportedIllustrative && ledger.reporting > 0 ? (
                  <span className="badge badge--illustrative">{t('common:illustrative')}</span>
                ) : null}
              </dd>
            </div>
          ),
        )}
        <div className="tally">
          <dt>
            <span id={`${id}-4`}>{t('overview:withoutReading')}</span> <MethodLink section="freshness" />
          </dt>
          <dd aria-labelledby={`${id}-4`}>
            {t('overview:withoutReadingValue', { count: totals.withoutReading, of: totals.shown })}
          </dd>
        </div>
      </dl>
      <p className="tallies__method">
        <a
          href={methodHref}
          onClick={(event) => {
            event.preventDefault();
            onMethod();
          }}
        >
          {t('overview:howCounted')}
        </a>
      </p>
      <ul className="tallies__status" aria-label={t('status:tally.heading')}>
        {pledgeStatuses
          .filter((status) => (totals.byStatus.get(status) ?? 0) > 0)
          .map((status) => (
            <li key={status}>
              <button type="button" className={`tally-chip status--${status}`} onClick={() => onStatus(status)}>
                <span className="tally-chip__count">{totals.byStatus.get(status)}</span> {t(`status:label.${status}`)}{' '}
                <span className="visually-hidden">{t('overview:showStatus')}</span>
              </button>
            </li>
          ))}
        <li>
          <MethodLink section="pace" />
        </li>
      </ul>
    </section>
  );
}
