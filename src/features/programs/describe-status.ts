// A status and its reason as a sentence in the reader's language.
import type { TFunction } from '../../i18n/i18n';
import { formatDate, formatPercent, formatPercentRange } from '../../i18n/format';
import type { Commitment } from '../../lib/schemas';
import type { Lang } from '../../lib/view-state';
import { formatCommitmentValue } from '../../lib/commitment-kinds/words';
import { TOO_EARLY, type Assessment } from './model/status';

export function describeStatus(
  assessment: Assessment,
  commitment: Commitment,
  lang: Lang,
  t: TFunction<'status'>,
): string {
  const { reason } = assessment;
  const value = (amount: number) => formatCommitmentValue(commitment, amount, lang);
  const date = (iso: string) => formatDate(iso, lang);
  switch (reason.code) {
    case 'not-started':
      return t('status:reason.notStarted', { start: date(reason.start) });
    case 'no-reported-data':
      return t('status:reason.noData', { asOf: date(reason.asOf) });
    case 'too-early':
      return t('status:reason.tooEarly', {
        reported: value(reason.reported),
        date: date(reason.reportedDate),
        share: formatPercent(Math.round(reason.shareOfPeriod * 1000) / 10, lang),
        readings: String(reason.readings),
        minShare: formatPercent(TOO_EARLY.minShareOfPeriod * 100, lang),
        minReadings: String(TOO_EARLY.minReadings),
      });
    case 'milestone-assumed-due':
      return t('status:reason.milestoneAssumedDue', { due: date(reason.dueDate) });
    case 'achieved':
      return t('status:reason.achieved', {
        reported: value(reason.reported),
        date: date(reason.reportedDate),
        target: value(reason.target),
      });
    case 'pace': {
      const key = assessment.status === 'behind' ? 'behind' : assessment.status === 'ahead' ? 'ahead' : 'onTrack';
      return t(`status:reason.${key}`, {
        reported: value(reason.reported),
        expected: value(reason.expected),
        date: date(reason.reportedDate),
        gap: value(Math.abs(reason.gap)),
        basis: t(`status:basis.${reason.basis}`),
      });
    }
    case 'share':
      return t(assessment.status === 'behind' ? 'status:reason.shareBelow' : 'status:reason.shareHeld', {
        reported: formatPercent(reason.reported, lang),
        target: formatPercent(reason.target, lang),
        date: date(reason.reportedDate),
      });
    case 'price-terms':
      return t('status:reason.priceTerms', {
        reported: formatPercent(reason.reported, lang),
        range: formatPercentRange(reason.min, reason.max, lang),
        date: date(reason.reportedDate),
      });
    case 'milestone-done':
      return reason.doneDate
        ? t('status:reason.milestoneDone', { date: date(reason.doneDate) })
        : t('status:reason.milestoneDoneUndated');
    case 'milestone-overdue':
      return t('status:reason.milestoneOverdue', {
        due: date(reason.dueDate),
        asOf: date(reason.asOf),
      });
    case 'milestone-pending':
      return reason.dueDate
        ? t('status:reason.milestonePending', { due: date(reason.dueDate) })
        : t('status:reason.milestonePendingUndated');
  }
}
