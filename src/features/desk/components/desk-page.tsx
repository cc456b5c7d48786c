// The data desk in the app: sign in, record a figure for a pledge or an indicator (checked as
// you type with the server's own rules, the draft kept in this browser), import a file of
// figures after a preview, and — for approvers — review and publish.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { DeskReference } from '../../../lib/desk-figures';
import type { DeskFigure, SessionResponse } from '../../../lib/desk-schemas';
import type { Indicator, Program } from '../../../lib/schemas';
import { useTranslation } from '../../../i18n/i18n';
import { deskApi } from '../api/desk-api';
import { deskSubjects, type DeskSubjectOption } from '../model/subject-options';
import { ImportPanel } from './import-panel';
import { RecordForm } from './record-form';
import * as deskCatalog from '../../../i18n/messages/desk';
import { registerCatalog } from '../../../i18n/i18n';

// Loaded on demand: this chunk brings its own messages.
registerCatalog('desk', deskCatalog);

interface DeskPageProps {
  /** What figures can be recorded for (the read API's pledges and indicators). */
  programs: readonly Program[];
  indicators: readonly Indicator[];
  onBack: () => void;
  /** Called once signed in: data the deployment keeps for signed-in users can now be read. */
  onSignedIn?: () => void;
}

export function DeskPage({ programs, indicators, onBack, onSignedIn }: DeskPageProps) {
  const { t, lang } = useTranslation('desk');
  const subjects = useMemo(() => deskSubjects(programs, indicators, lang), [programs, indicators, lang]);
  const reference = useMemo<DeskReference>(() => ({ programs, indicators }), [programs, indicators]);
  const [session, setSession] = useState<SessionResponse | null | undefined>(undefined);
  useEffect(() => {
    deskApi.session().then(setSession, () => setSession(null));
  }, []);
  return (
    <section className="desk" aria-labelledby="desk-title">
      <h2 id="desk-title">{t('title')}</h2>
      <p>
        <button type="button" onClick={onBack}>
          {t('back')}
        </button>
      </p>
      {session === undefined ? null : session ? (
        <>
          <p>
            {t('signIn.signedInAs', { username: session.user.username, role: session.user.role })}{' '}
            <button type="button" onClick={() => void deskApi.signOut().finally(() => setSession(null))}>
              {t('signIn.signOut')}
            </button>
          </p>
          {session.user.role !== 'viewer' ? (
            <>
              <RecordForm subjects={subjects} reference={reference} />
              <ImportPanel subjects={subjects} reference={reference} />
            </>
          ) : null}
          {session.user.role === 'approver' ? <ReviewList subjects={subjects} /> : null}
        </>
      ) : (
        <SignInForm
          onSignedIn={(signedIn) => {
            setSession(signedIn);
            onSignedIn?.();
          }}
        />
      )}
    </section>
  );
}

function SignInForm({ onSignedIn }: { onSignedIn: (session: SessionResponse) => void }) {
  const { t } = useTranslation('desk');
  const [error, setError] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    deskApi
      .signIn(String(form.get('username') ?? ''), String(form.get('password') ?? ''))
      .then(onSignedIn, (cause) =>
        setError(t('signIn.failed', { message: cause instanceof Error ? cause.message : String(cause) })),
      );
  };
  return (
    <form onSubmit={submit} aria-labelledby="desk-sign-in">
      <h3 id="desk-sign-in">{t('signIn.heading')}</h3>
      <label>
        {t('signIn.username')} <input name="username" autoComplete="username" required />
      </label>
      <label>
        {t('signIn.password')} <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit">{t('signIn.submit')}</button>
      {error ? <p role="alert">{error}</p> : null}
    </form>
  );
}

function ReviewList({ subjects }: { subjects: readonly DeskSubjectOption[] }) {
  const { t, lang } = useTranslation('desk');
  const [figures, setFigures] = useState<DeskFigure[] | null>(null);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [vintageName, setVintageName] = useState('');
  const [status, setStatus] = useState('');
  const reload = () => void deskApi.pending().then(setFigures, () => setFigures([]));
  useEffect(reload, []);
  const nameOf = (subject: string) => subjects.find((candidate) => candidate.key === subject)?.name ?? subject;
  const fail = (cause: unknown) =>
    setStatus(t('review.failed', { message: cause instanceof Error ? cause.message : String(cause) }));
  const decide = (figure: DeskFigure, decision: 'approve' | 'reject') =>
    void deskApi.decide(figure.id, decision, reasons[figure.id] ?? '').then(reload, fail);
  const publish = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    deskApi.publish(vintageName).then((vintage) => setStatus(t('review.published', { name: vintage.name })), fail);
  };
  return (
    <section aria-labelledby="desk-review">
      <h3 id="desk-review">{t('review.heading')}</h3>
      {figures && figures.length === 0 ? <p>{t('review.empty')}</p> : null}
      <ul>
        {(figures ?? []).map((figure) => (
          <li key={figure.id}>
            <p>
              {t('review.figure', {
                subject: nameOf(figure.subject),
                value: figure.value,
                date: figure.date,
                by: figure.recordedBy,
              })}
            </p>
            <p>
              {t('review.source', {
                publisher: figure.source.publisher[lang],
                title: figure.source.title[lang],
                date: figure.source.date,
              })}
            </p>
            <p>{t('review.digest', { previous: figure.digest.previous ?? '—', next: figure.digest.next })}</p>
            <label>
              {t('review.reason')}{' '}
              <input
                value={reasons[figure.id] ?? ''}
                onChange={(event) => setReasons({ ...reasons, [figure.id]: event.target.value })}
              />
            </label>
            <button type="button" onClick={() => decide(figure, 'approve')}>
              {t('review.approve')}
            </button>
            <button type="button" onClick={() => decide(figure, 'reject')}>
              {t('review.reject')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={publish}>
        <label>
          {t('review.publishName')}{' '}
          <input value={vintageName} onChange={(event) => setVintageName(event.target.value)} required />
        </label>
        <button type="submit">{t('review.publish')}</button>
      </form>
      {status ? <p role="status">{status}</p> : null}
    </section>
  );
}
