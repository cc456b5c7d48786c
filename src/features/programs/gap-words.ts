// A pledge's gap to the expected pace in words (the scorecard, the pledge table and its CSV say it
// the same way): signed, in the commitment's own unit, or why there is none.
import type { TFunction } from '../../i18n/i18n';
import type { Lang } from '../../lib/view-state';
import { kindOf } from '../../lib/commitment-kinds';
import { formatCommitmentValue } from '../../lib/commitment-kinds/words';
import type { ProgramRow } from './model/overview-rows';

export function gapWords(row: ProgramRow, lang: Lang, t: TFunction<'overview'>): string {
  const { program, assessment } = row;
  const { commitment } = program;
  const { measure } = kindOf(commitment);
  if (measure === 'milestones') {
    const steps = program.milestones;
    const done = steps.filter((step) => step.doneDate).length;
    return t('overview:scorecard.stepsDone', { done, total: steps.length });
  }
  if (assessment.progress.kind !== 'measured') return t('overview:scorecard.noFigure');
  if (assessment.status === 'achieved') return t('overview:scorecard.gapAchieved');
  if (assessment.gap === null) return t('overview:scorecard.gapNone');
  if (measure === 'level')
    return t('overview:scorecard.gapPoints', {
      value: formatCommitmentValue(commitment, assessment.gap, lang).replace('%', ''),
    });
  return formatCommitmentValue(commitment, assessment.gap, lang, { signed: true });
}
