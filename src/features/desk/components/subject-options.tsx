// The options of a subject picker (the record form's, the history's): none, then the pledges and
// the indicators in their own groups.
import { useTranslation } from '../../../i18n/i18n';
import type { DeskSubjectOption } from '../model/subject-options';

export function SubjectOptions({ subjects }: { subjects: readonly DeskSubjectOption[] }) {
  const { t } = useTranslation('desk');
  const group = (kind: DeskSubjectOption['kind']) =>
    subjects
      .filter((candidate) => candidate.kind === kind)
      .map((candidate) => (
        <option key={candidate.key} value={candidate.key}>
          {candidate.name}
        </option>
      ));
  return (
    <>
      <option value="">{t('record.none')}</option>
      <optgroup label={t('record.pledges')}>{group('program')}</optgroup>
      <optgroup label={t('record.indicators')}>{group('indicator')}</optgroup>
    </>
  );
}
