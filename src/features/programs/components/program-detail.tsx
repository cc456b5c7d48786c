import type { ReactNode } from 'react';
import { MethodLink } from '../../../components/method-link';
import type { AllRows, PanelData } from '../../../lib/panel-data';
import { useTranslation } from '../../../i18n/i18n';
import { PanelBoundary } from '../../../components/panel-boundary';
import { SourceList } from '../../../components/source-list';
import { formatDate } from '../../../i18n/format';
import { localized } from '../../../i18n/localized';
import type { Lang } from '../../../lib/view-state';
import { revisionInForce } from '../../../lib/vintages';
import { kindOf } from '../../../lib/commitment-kinds';
import { formatCommitment, formatCommitmentValue } from '../../../lib/commitment-kinds/words';
import type { ProgramRow } from '../model/overview-rows';
import { computeProgress } from '../model/progress';
import { ProgressPathPanel } from './pledge-panels';
import { DataProblemsNote } from './data-problems-note';
import { ProvenanceBadge } from './provenance-badge';
import { StatusCell } from './status-cell';
import { Bidi } from '../../../components/bidi';

interface Props {
  row: ProgramRow;
  rowsById: ReadonlyMap<string, ProgramRow>;
  asOf: string;
  lang: Lang;
  onOpen: (programId: string) => void;
  renderActions?: (data: PanelData, allRows: AllRows | null) => ReactNode;
  /** The comparison vintage (a link from the digest carries it): its cut and this pledge's value there. */
  comparison?: { recordedUpTo: string; before: number | null } | undefined;
}

/** Everything known about one pledge: commitment, nesting, progress against pace, sources, disputes. */
export function ProgramDetail({ row, rowsById, asOf, lang, onOpen, renderActions, comparison }: Props) {
  const { t } = useTranslation(['detail', 'programs', 'common', 'digest']);
  const { program } = row;
  const parent = program.parentId ? rowsById.get(program.parentId) : undefined;
  const children = program.childIds.map((id) => rowsById.get(id)).filter((child): child is ProgramRow => !!child);
  const revisions = program.commitmentRevisions ?? [];
  const inForce = revisionInForce(revisions, asOf);
  // The pledge at the comparison vintage beside now: both vintages on one line.
  const sinceText = (before: number | null) => {
    const progress = computeProgress(program, asOf);
    const after = progress.kind === 'measured' ? progress.current : null;
    const value = (amount: number, signed = false) =>
      formatCommitmentValue(program.commitment, amount, lang, signed ? { signed } : undefined);
    if (after === null) return t('detail:sinceNone');
    if (before === null) return t('detail:sinceNew', { after: value(after) });
    return t('detail:sinceValue', { before: value(before), after: value(after), delta: value(after - before, true) });
  };
  const measurable = kindOf(program.commitment).hasPace;

  return (
    <article className="program-detail" aria-labelledby="detail-heading">
      <h2 id="detail-heading">
        <bdi>{localized(program.name, lang)}</bdi>
      </h2>
      <DataProblemsNote problems={row.problems} lang={lang} />
      <p>
        <Bidi>{localized(program.summary, lang)}</Bidi>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('programs:col.institution')}</dt>
          <dd>
            <Bidi>{row.institutionNames}</Bidi>
          </dd>
        </div>
        <div>
          <dt>{t('programs:col.strategy')}</dt>
          <dd>
            <Bidi>{row.strategyName}</Bidi>
          </dd>
        </div>
        <div>
          <dt>{t('programs:col.commitment')}</dt>
          <dd>
            {formatCommitment(program.commitment, lang, t)}{' '}
            {inForce ? (
              <span className="muted">({t('detail:revisedNote', { date: formatDate(inForce.date, lang) })}) </span>
            ) : null}
            <ProvenanceBadge
              figure={inForce ?? program.commitmentFigure}
              sources={program.sources}
              lang={lang}
              compact
            />
          </dd>
        </div>
        <div>
          <dt>{t('programs:col.period')}</dt>
          <dd>
            {t('programs:period', {
              start: formatDate(program.period.start, lang),
              end: formatDate(program.period.end, lang),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('detail:announced')}</dt>
          <dd>{formatDate(program.announced, lang)}</dd>
        </div>
        <div>
          <dt>
            {t('programs:col.status')} <MethodLink section="pace" />
          </dt>
          <dd>
            <StatusCell assessment={row.assessment} commitment={program.commitment} lang={lang} />
          </dd>
        </div>
        {comparison ? (
          <div>
            <dt>{t('digest:deltaSince', { date: formatDate(comparison.recordedUpTo, lang) })}</dt>
            <dd>{sinceText(comparison.before)}</dd>
          </div>
        ) : null}
      </dl>

      {parent || children.length > 0 ? (
        <section aria-labelledby="nesting-heading">
          <h3 id="nesting-heading">{t('detail:nesting')}</h3>
          {parent ? (
            <p>
              {t('detail:parent')}{' '}
              <button type="button" className="link-button" onClick={() => onOpen(parent.program.id)}>
                <Bidi>{localized(parent.program.name, lang)}</Bidi>
              </button>{' '}
              ({formatCommitment(parent.program.commitment, lang, t)})
            </p>
          ) : null}
          {children.length > 0 ? (
            <>
              <p>{t('detail:childrenIntro')}</p>
              <ul>
                {children.map((child) => (
                  <li key={child.program.id}>
                    <button type="button" className="link-button" onClick={() => onOpen(child.program.id)}>
                      <Bidi>{localized(child.program.name, lang)}</Bidi>
                    </button>{' '}
                    — {formatCommitment(child.program.commitment, lang, t)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {program.overlaps.length > 0 ? (
        <section aria-labelledby="overlaps-heading">
          <h3 id="overlaps-heading">{t('detail:overlaps')}</h3>
          <ul>
            {program.overlaps.map((overlap) => (
              <li key={overlap.programId}>
                {formatCommitmentValue(program.commitment, overlap.amountEok, lang)} —{' '}
                <Bidi>{localized(overlap.note, lang)}</Bidi>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {measurable ? (
        <PanelBoundary title={t('panels:path.title')} resetKeys={[row, asOf, lang]}>
          <ProgressPathPanel row={row} asOf={asOf} lang={lang} renderActions={renderActions} />
        </PanelBoundary>
      ) : null}

      {revisions.length > 0 ? (
        <section aria-labelledby="revisions-heading">
          <h3 id="revisions-heading">{t('detail:revisions')}</h3>
          <p>{t('detail:revisionsIntro')}</p>
          <ul>
            {revisions.map((revision) => (
              <li key={revision.date}>
                {t('detail:revisedTo', {
                  date: formatDate(revision.date, lang),
                  target: formatCommitment(revision.commitment, lang, t),
                })}{' '}
                —{' '}
                {revision === inForce
                  ? t('detail:inForce')
                  : revision.date > asOf
                    ? t('detail:notYetInForce')
                    : t('detail:superseded')}{' '}
                <ProvenanceBadge figure={revision} sources={program.sources} lang={lang} />
                <SourceList
                  sources={program.sources.filter((source) => revision.sourceIds.includes(source.id))}
                  lang={lang}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {program.plans.length > 0 ? (
        <section aria-labelledby="plans-heading">
          <h3 id="plans-heading">{t('detail:plans')}</h3>
          <ul>
            {program.plans.map((plan) => (
              <li key={plan.year}>
                {plan.year}: {formatCommitmentValue(program.commitment, plan.value, lang)}{' '}
                <ProvenanceBadge figure={plan} sources={program.sources} lang={lang} compact />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {program.milestones.length > 0 ? (
        <section aria-labelledby="milestones-heading">
          <h3 id="milestones-heading">{t('detail:milestones')}</h3>
          <ul>
            {program.milestones.map((milestone) => (
              <li key={milestone.id}>
                <Bidi>{localized(milestone.label, lang)}</Bidi> —{' '}
                {milestone.doneDate
                  ? t('detail:doneOn', {
                      date: formatDate(milestone.doneDate, lang),
                    })
                  : milestone.dueDate
                    ? t('detail:dueBy', {
                        date: formatDate(milestone.dueDate, lang),
                      })
                    : t('detail:noDate')}{' '}
                <ProvenanceBadge figure={milestone} sources={program.sources} lang={lang} compact />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {program.disputes.length > 0 ? (
        <section aria-labelledby="disputes-heading">
          <h3 id="disputes-heading">{t('detail:disputes')}</h3>
          {program.disputes.map((dispute, index) => (
            <div key={index} className="dispute">
              <p>
                <strong>
                  <Bidi>{localized(dispute.about, lang)}</Bidi>
                </strong>
              </p>
              <ul>
                {dispute.claims.map((claim, claimIndex) => (
                  <li key={claimIndex}>
                    <Bidi>{localized(claim.claim, lang)}</Bidi> —{' '}
                    <SourceList
                      sources={program.sources.filter((source) => claim.sourceIds.includes(source.id))}
                      lang={lang}
                      variant="compact"
                    />
                  </li>
                ))}
              </ul>
              {dispute.note ? (
                <p className="muted">
                  <Bidi>{localized(dispute.note, lang)}</Bidi>
                </p>
              ) : null}
            </div>
          ))}
        </section>
      ) : null}

      {program.notes.length > 0 ? (
        <section aria-labelledby="notes-heading">
          <h3 id="notes-heading">{t('detail:notes')}</h3>
          <ul>
            {program.notes.map((note, index) => (
              <li key={index}>
                <Bidi>{localized(note, lang)}</Bidi>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sources-heading">
        <h3 id="sources-heading">{t('common:sources')}</h3>
        <SourceList sources={program.sources} lang={lang} />
      </section>
    </article>
  );
}
