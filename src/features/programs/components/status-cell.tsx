import { useTranslation } from '../../../i18n/i18n';
import type { Commitment } from '../../../lib/schemas';
import type { Lang, PledgeStatus } from '../../../lib/view-state';
import { describeStatus } from '../describe-status';
import type { Assessment } from '../model/status';

const statusLabelKey = (status: PledgeStatus) => `label.${status}` as const;

/**
 * The status in words (not colour alone) and the reason behind it: written out on a pledge's
 * page, or behind a "Why?" disclosure in the compact table (one line per pledge).
 */
export function StatusCell({
  assessment,
  commitment,
  lang,
  reason = 'shown',
}: {
  assessment: Assessment;
  commitment: Commitment;
  lang: Lang;
  reason?: 'shown' | 'on-demand';
}) {
  const { t } = useTranslation('status');
  const label = <span className={`status status--${assessment.status}`}>{t(statusLabelKey(assessment.status))}</span>;
  const text = describeStatus(assessment, commitment, lang, t);
  if (reason === 'shown')
    return (
      <>
        {label}
        <span className="reason">{text}</span>
      </>
    );
  // The status itself opens its reason (one line per pledge until asked).
  return (
    <details className="reason reason--on-demand">
      <summary title={t('why')}>{label}</summary>
      {text}
    </details>
  );
}
