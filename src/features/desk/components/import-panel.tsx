// Importing figures from a file: a .csv (or .xlsx, converted to the same CSV in the browser) is
// read and checked here row by row with the server's own module (src/lib/desk-import.ts), shown
// as a table with each row's problems, and sent only when every row is valid. The server's own
// 422 rows are shown the same way.
import { useId, useState, type ChangeEvent } from 'react';
import type { DeskReference } from '../../../lib/desk-figures';
import { checkImportCsv, type ImportCheck } from '../../../lib/desk-import';
import type { ImportRowError } from '../../../lib/desk-schemas';
import { useTranslation } from '../../../i18n/i18n';
import { deskApi, DeskRequestError } from '../api/desk-api';
import { readTableAsCsv, tableFormatOf } from '../model/read-table';
import { previewRows } from '../model/import-preview';
import type { DeskSubjectOption } from '../model/subject-options';
import { useDeskMessages } from './use-desk-messages';

interface ImportPanelProps {
  subjects: readonly DeskSubjectOption[];
  reference: DeskReference;
}

interface ChosenFile {
  name: string;
  csv: string;
  check: ImportCheck;
  /** The server's 422 rows, when it refused the file. */
  serverRows: ImportRowError[] | null;
}

export function ImportPanel({ subjects, reference }: ImportPanelProps) {
  const { t } = useTranslation('desk');
  const { errorText } = useDeskMessages();
  const id = useId();
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [fileError, setFileError] = useState('');
  const [status, setStatus] = useState('');
  const [sending, setSending] = useState(false);
  // A new key empties the file input once its figures are imported.
  const [inputKey, setInputKey] = useState(0);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setChosen(null);
    setFileError('');
    setStatus('');
    if (!file) return;
    const format = tableFormatOf(file.name);
    if (!format) {
      setFileError(t('import.unsupported'));
      return;
    }
    setStatus(t('import.reading', { name: file.name }));
    readTableAsCsv(file, format).then(
      (csv) => {
        setStatus('');
        setChosen({ name: file.name, csv, check: checkImportCsv(reference, csv), serverRows: null });
      },
      (cause: unknown) => {
        setStatus('');
        setFileError(t('import.unreadable', { message: cause instanceof Error ? cause.message : String(cause) }));
      },
    );
  };

  const send = () => {
    if (!chosen || chosen.check.problem !== null) return;
    setSending(true);
    deskApi.importCsv(chosen.csv).then(
      (result) => {
        setSending(false);
        setChosen(null);
        setInputKey((key) => key + 1);
        setStatus(t('import.done', { count: result.figures.length }));
      },
      (cause: unknown) => {
        setSending(false);
        if (cause instanceof DeskRequestError && cause.status === 422 && cause.body?.rows) {
          setChosen({ ...chosen, serverRows: cause.body.rows });
          setStatus(t('import.rejected'));
        } else setStatus(t('import.failed', { message: errorText(cause) }));
      },
    );
  };

  const errors = chosen ? [...chosen.check.errors, ...(chosen.serverRows ?? [])] : [];
  const valid = chosen && chosen.check.problem === null && !chosen.serverRows ? chosen.check.rows.length : 0;
  const fileErrorId = `${id}-file-error`;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('import.heading')}</h3>
      <p className="muted">{t('import.intro')}</p>
      <label htmlFor={`${id}-file`}>{t('import.file')}</label>{' '}
      <input
        key={inputKey}
        id={`${id}-file`}
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={choose}
        aria-invalid={fileError ? true : undefined}
        aria-describedby={fileError ? fileErrorId : undefined}
      />
      {fileError ? (
        <p id={fileErrorId} role="alert" className="field-error">
          {fileError}
        </p>
      ) : null}
      {chosen ? <ImportPreview chosen={chosen} errors={errors} subjects={subjects} /> : null}
      {chosen && errors.length > 0 && !chosen.serverRows ? (
        <p role="alert">{t('import.blocked', { count: errors.length })}</p>
      ) : null}
      {valid > 0 ? (
        <button type="button" onClick={send} disabled={sending} aria-busy={sending || undefined}>
          {t('import.submit', { count: valid })}
        </button>
      ) : null}
      {status ? <p role={chosen?.serverRows ? 'alert' : 'status'}>{status}</p> : null}
    </section>
  );
}

/** Valid rows listed in the preview; more are counted, not drawn. */
const MAX_VALID_ROWS_SHOWN = 200;

interface ImportPreviewProps {
  chosen: ChosenFile;
  errors: readonly ImportRowError[];
  subjects: readonly DeskSubjectOption[];
}

function ImportPreview({ chosen, errors, subjects }: ImportPreviewProps) {
  const { t } = useTranslation('desk');
  const nameOf = (key: string) => subjects.find((subject) => subject.key === key.trim())?.name ?? key;
  const problemsOf = (line: number) => errors.filter((error) => error.line === line);
  const fileProblems = errors.filter((error) => !chosen.check.rows.some((row) => row.line === error.line));
  const { shown, hidden } = previewRows(chosen.check.rows, errors, MAX_VALID_ROWS_SHOWN);
  return (
    <>
      {fileProblems.length > 0 ? (
        <div role="alert">
          <p>{t('import.fileProblems')}</p>
          <ProblemList problems={fileProblems} />
        </div>
      ) : null}
      {chosen.check.rows.length > 0 ? (
        <div className="table-scroll">
          <table>
            <caption>{t('import.preview', { name: chosen.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.line')}</th>
                <th scope="col">{t('import.subject')}</th>
                <th scope="col">{t('import.series')}</th>
                <th scope="col">{t('import.date')}</th>
                <th scope="col">{t('import.value')}</th>
                <th scope="col">{t('import.check')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map(({ line, row }) => {
                const problems = problemsOf(line);
                return (
                  <tr key={line} className={problems.length > 0 ? 'row-invalid' : undefined}>
                    <th scope="row">{line}</th>
                    <td>{nameOf(row.subject ?? '')}</td>
                    <td>{row.series ?? ''}</td>
                    <td>{row.date ?? ''}</td>
                    <td>{row.value ?? ''}</td>
                    <td>{problems.length > 0 ? <ProblemList problems={problems} /> : t('import.rowOk')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {hidden > 0 ? <p>{t('import.moreRows', { count: hidden })}</p> : null}
        </div>
      ) : null}
    </>
  );
}

function ProblemList({ problems }: { problems: readonly ImportRowError[] }) {
  const { t } = useTranslation('desk');
  const { issueText } = useDeskMessages();
  return (
    <ul>
      {problems.map((problem, index) => (
        <li key={`${problem.line}-${problem.field}-${index}`}>
          {t('import.problem', { field: problem.field, message: issueText(problem.message) })}
        </li>
      ))}
    </ul>
  );
}
