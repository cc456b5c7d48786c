import { useMemo } from 'react';
import { useIndicators } from '../features/indicators/api/use-indicators';
import { contextPanels } from './panel-registry';
import { PackPage } from '../features/pack/components/pack-page';
import { selectPack, usePackStore } from '../features/pack/pack-store';
import { usePrograms } from '../features/programs/api/get-programs';
import { useVintages, useVintageViews } from '../features/programs/api/get-vintages';
import { useInstitutions, useMeta, useStrategies } from '../lib/api/reference-data';
import { useSpecContext } from '../lib/use-spec-context';
import { digestVintageIds, resolvePackItems, type DigestSource } from './pack-specs';
import { DependencyStatus } from '../components/dependency-status';
import { useTranslation } from '../i18n/i18n';

const contextIndicatorIds = [...new Set(contextPanels.map((definition) => definition.indicatorId))];

/** The pack page: its pinned views drawn again, in the pack's language, from the data loaded now. */
export function PackRoute() {
  const { t } = useTranslation('pack');
  const pack = usePackStore(selectPack);
  const programs = usePrograms();
  const institutions = useInstitutions();
  const strategies = useStrategies();
  const meta = useMeta();
  const context = useSpecContext();
  // Every registered context panel's indicator: a pinned one is drawn from it.
  const indicatorQueries = useIndicators(contextIndicatorIds);
  const indicators = indicatorQueries.byId;
  const indicatorsSettled = indicatorQueries.settled;
  // The change digest needs two vintages' data: loaded only when the pack holds a digest.
  const wantsDigest = pack.items.some((item) => item.panelId === 'digest');
  const vintages = useVintages(wantsDigest);
  const vintageIds = useMemo(
    () => (vintages.data ? digestVintageIds(pack.items, vintages.data) : []),
    [pack.items, vintages.data],
  );
  const vintageViews = useVintageViews(vintageIds);
  const digest = useMemo((): DigestSource | undefined => {
    if (!vintages.data) return undefined;
    const views = new Map(vintageIds.map((id, index) => [id, vintageViews.views[index]]));
    return { vintages: vintages.data, view: (id) => views.get(id) };
  }, [vintages.data, vintageIds, vintageViews.views]);
  // Like the indicators: a digest item waits for its data, and is unavailable only once it failed.
  const digestSettled = !wantsDigest || (!vintages.isPending && vintageViews.settled);
  const asOf = meta.data?.asOf;
  const resolved = useMemo(
    () =>
      programs.data && institutions.data && strategies.data && asOf && indicatorsSettled && digestSettled
        ? resolvePackItems(
            pack.items,
            {
              programs: programs.data,
              institutions: institutions.data,
              strategies: strategies.data.strategies,
              indicators,
              asOf,
              context,
              ...(digest ? { digest } : {}),
            },
            pack.lang,
          )
        : null,
    [
      pack.items,
      pack.lang,
      programs.data,
      institutions.data,
      strategies.data,
      asOf,
      indicators,
      indicatorsSettled,
      digest,
      digestSettled,
      context,
    ],
  );
  const dependencies = [
    { query: programs, subject: 'programs' as const },
    { query: institutions, subject: 'institutions' as const },
    { query: strategies, subject: 'strategies' as const },
    { query: meta, subject: 'meta' as const },
  ];
  // A read the pack needs failed: say which and why, with Retry, rather than wait for it.
  if (dependencies.some(({ query }) => query.isError && query.data === undefined))
    return <DependencyStatus dependencies={dependencies} neededBy="pack" loadingLabel={t('pack:loading')} />;
  return <PackPage resolved={resolved} currentVersion={context.datasetVersion} />;
}
