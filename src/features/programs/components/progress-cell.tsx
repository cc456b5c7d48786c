import { useTranslation } from '../../../i18n/i18n';
import type { Program } from '../../../lib/schemas';
import type { Lang } from '../../../lib/view-state';
import { progressWords } from '../pledge-table-words';
import type { Assessment } from '../model/status';

/**
 * The latest reading and its share of the target — or, plainly, that there is none. What kind of
 * figure it is (reported, illustrative…) is the table's Data column.
 */
export function ProgressCell({ program, assessment, lang }: { program: Program; assessment: Assessment; lang: Lang }) {
  const { t } = useTranslation(['programs', 'common', 'status']);
  const words = progressWords(program, assessment, lang, t);
  return <span className={assessment.progress.kind === 'no-data' ? 'muted' : undefined}>{words}</span>;
}
