// The data desk in the app: sign in, record a figure for a pledge or an indicator (checked as
// you type with the server's own rules, the draft kept in this browser), import a file of
// figures after a preview, read a pledge's or indicator's history, and — for approvers — review,
// publish and create accounts.
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { DeskReference } from '../../../lib/desk-figures';
import type { SessionResponse } from '../../../lib/desk-schemas';
import type { Indicator, Program } from '../../../lib/schemas';
import { useTranslation } from '../../../i18n/i18n';
import { deskApi } from '../api/desk-api';
import type { DeskLookup } from '../model/figure-words';
import { deskSubjects } from '../model/subject-options';
import { AccountsForm } from './accounts-form';
import { HistoryPanel } from './history-panel';
import { ImportPanel } from './import-panel';
import { RecordForm } from './record-form';
import { ReviewList } from './review-list';
import { useDeskMessages } from './use-desk-messages';
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
  const lookup = useMemo<DeskLookup>(() => ({ programs, indicators }), [programs, indicators]);
  // The history follows the subject chosen in the record form, or its own choice.
  const [historySubject, setHistorySubject] = useState('');
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
            {t('signIn.signedInAs', { username: session.user.username, role: t(`role.${session.user.role}`) })}{' '}
            <button type="button" onClick={() => void deskApi.signOut().finally(() => setSession(null))}>
              {t('signIn.signOut')}
            </button>
          </p>
          {session.user.role !== 'viewer' ? (
            <>
              <RecordForm subjects={subjects} reference={reference} onSubjectChange={setHistorySubject} />
              <ImportPanel subjects={subjects} reference={reference} />
            </>
          ) : null}
          {session.user.role === 'approver' ? <ReviewList lookup={lookup} /> : null}
          <HistoryPanel
            subjects={subjects}
            lookup={lookup}
            subject={historySubject}
            onSubjectChange={setHistorySubject}
          />
          {session.user.role === 'approver' ? <AccountsForm /> : null}
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
  const { errorText } = useDeskMessages();
  const [error, setError] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    deskApi
      .signIn(String(form.get('username') ?? ''), String(form.get('password') ?? ''))
      .then(onSignedIn, (cause: unknown) => setError(t('signIn.failed', { message: errorText(cause) })));
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
