import { useTranslation } from '../../../i18n/i18n';
import { formatRatio } from '../../../i18n/format';
import type { Program } from '../../../lib/schemas';
import type { Lang } from '../../../lib/view-state';
import { kindOf } from '../../../lib/commitment-kinds';
import { formatCommitmentValue } from '../../../lib/commitment-kinds/words';
import type { Assessment } from '../model/status';

/** The latest reading and its share of the target — or, plainly, that there is none. */
export function ProgressCell({ program, assessment, lang }: { program: Program; assessment: Assessment; lang: Lang }) {
  const { t } = useTranslation(['programs', 'common', 'status']);
  const { progress } = assessment;
  if (progress.kind === 'no-data') return <span className="muted">{t('programs:noReportedData')}</span>;
  if (progress.kind === 'milestone') return <span>{t(`status:label.${progress.done ? 'done' : 'pending'}`)}</span>;
  const { commitment } = program;
  const showRatio = kindOf(commitment).measure === 'cumulative';
  return (
    <span className="progress-cell">
      {formatCommitmentValue(commitment, progress.current, lang)}
      {showRatio ? <span className="muted"> ({formatRatio(progress.ratio, lang)})</span> : null}
      {progress.point.provenance === 'illustrative' ? (
        <>
          {' '}
          <span className="badge badge--illustrative">{t('common:illustrative')}</span>
        </>
      ) : null}
    </span>
  );
}
