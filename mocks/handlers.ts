// MSW handlers, one per resource of the registry (src/lib/api/resources.ts, docs/api.md).
import { http, HttpResponse } from 'msw';
import { datasetBody, resourceEntries, type ResourceEntry } from '../src/lib/api/resources';
import { buildResources, type ApiResources } from '../src/lib/dataset';
import type { VintageCut } from '../src/lib/vintages';
import { computeDigest } from '../src/features/programs/model/digest';

export const API = '/api/v1';
/** The demo dataset, served beside the reported one (a live API never serves it: the app ships it). */
export const DEMO_API = '/api/demo/v1';

const notFound = (message?: string) =>
  HttpResponse.json({ error: 'not-found', ...(message ? { message } : {}) }, { status: 404 });
/** A body of the registry's, or 404 when it has none (an unknown id). */
const answerWith = (body: unknown, missing?: string) =>
  body === undefined ? notFound(missing) : HttpResponse.json(body);

/** The resources of one dataset (every `dataset` and `dataset-item` entry of the registry). */
export function resourceHandlers(resources: ApiResources, prefix: string = API) {
  return resourceEntries
    .filter((entry) => entry.from === 'dataset' || entry.from === 'dataset-item')
    .map((entry) =>
      http.get(`${prefix}/${entry.path}`, ({ params }) => {
        return answerWith(datasetBody(entry, resources, String(params.id ?? '')));
      }),
    );
}

/** The vintages (docs/api.md, "Vintages"): the list, one vintage's resources, and the changes
 *  between two (computed as the app computes them, for a client that asks the API). */
export function vintageHandlers(cuts: readonly VintageCut[], prefix: string = API) {
  const built = new Map(cuts.map((cut) => [cut.vintage.id, { cut, resources: buildResources(cut.dataset) }]));
  const view = (resources: ApiResources) => ({
    meta: resources.meta,
    programs: resources.programs.programs,
    indicators: resources.indicators.indicators,
  });
  const answer = (entry: ResourceEntry, id: string, request: Request) => {
    if (entry.from === 'vintages') return answerWith(entry.body(cuts));
    const to = built.get(id);
    if (entry.from === 'vintage') return answerWith(to && entry.body(to.resources), 'no such vintage');
    const from = built.get(new URL(request.url).searchParams.get('from') ?? '');
    if (!to || !from) return notFound('no such vintage');
    return HttpResponse.json(
      computeDigest(view(from.resources), view(to.resources), {
        fromRecordedUpTo: from.cut.vintage.recordedUpTo,
        toRecordedUpTo: to.cut.vintage.recordedUpTo,
      }),
    );
  };
  return [
    ...resourceEntries
      .filter((entry) => entry.from === 'vintages' || entry.from === 'vintage' || entry.from === 'digest')
      .map((entry) =>
        http.get(`${prefix}/${entry.path}`, ({ params, request }) => answer(entry, String(params.id ?? ''), request)),
      ),
    // Anything else under a vintage: 404, naming what is missing.
    http.get(`${prefix}/vintages/:id/:resource`, ({ params }) =>
      notFound(built.has(String(params.id)) ? 'no such resource' : 'no such vintage'),
    ),
  ];
}
