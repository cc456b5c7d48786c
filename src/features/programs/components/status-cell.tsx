import { useTranslation } from '../../../i18n/i18n';
import type { Commitment } from '../../../lib/schemas';
import type { Lang, PledgeStatus } from '../../../lib/view-state';
import { describeStatus } from '../describe-status';
import type { Assessment } from '../model/status';

const statusLabelKey = (status: PledgeStatus) => `label.${status}` as const;

/** The status in words (not colour alone) and the reason behind it. */
export function StatusCell({
  assessment,
  commitment,
  lang,
}: {
  assessment: Assessment;
  commitment: Commitment;
  lang: Lang;
}) {
  const { t } = useTranslation('status');
  return (
    <>
      <span className={`status status--${assessment.status}`}>{t(statusLabelKey(assessment.status))}</span>
      <span className="reason">{describeStatus(assessment, commitment, lang, t)}</span>
    </>
  );
}
