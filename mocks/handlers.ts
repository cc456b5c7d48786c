// MSW handlers, one per resource of docs/api.md, serving a set of resources.
import { http, HttpResponse } from 'msw';
import { buildResources, type ApiResources } from '../src/lib/dataset';
import type { VintageCut } from '../src/lib/vintages';
import { computeDigest } from '../src/features/programs/model/digest';

export const API = '/api/v1';
/** The demo dataset, served beside the reported one (a live API never serves it: the app ships it). */
export const DEMO_API = '/api/demo/v1';

export function resourceHandlers(resources: ApiResources, prefix: string = API) {
  return [
    http.get(`${prefix}/meta`, () => HttpResponse.json(resources.meta)),
    http.get(`${prefix}/institutions`, () => HttpResponse.json(resources.institutions)),
    http.get(`${prefix}/strategies`, () => HttpResponse.json(resources.strategies)),
    http.get(`${prefix}/programs`, () => HttpResponse.json(resources.programs)),
    http.get(`${prefix}/indicators`, () => HttpResponse.json(resources.indicators)),
    http.get(`${prefix}/indicators/:id`, ({ params }) => {
      const indicator = resources.indicators.indicators.find((item) => item.id === params.id);
      return indicator ? HttpResponse.json(indicator) : HttpResponse.json({ error: 'not-found' }, { status: 404 });
    }),
  ];
}

/** The vintages (docs/api.md, "Vintages"): the list, one vintage's resources, and the changes
 *  between two (computed as the app computes them, for a client that asks the API). */
export function vintageHandlers(cuts: readonly VintageCut[], prefix: string = API) {
  const built = new Map(cuts.map((cut) => [cut.vintage.id, { cut, resources: buildResources(cut.dataset) }]));
  const notFound = (what: string) => HttpResponse.json({ error: 'not-found', message: what }, { status: 404 });
  const view = (resources: ApiResources) => ({
    meta: resources.meta,
    programs: resources.programs.programs,
    indicators: resources.indicators.indicators,
  });
  return [
    http.get(`${prefix}/vintages`, () =>
      HttpResponse.json({ vintages: [...cuts].reverse().map((cut) => cut.vintage) }),
    ),
    http.get(`${prefix}/vintages/:id/changes`, ({ params, request }) => {
      const to = built.get(String(params.id));
      const from = built.get(new URL(request.url).searchParams.get('from') ?? '');
      if (!to || !from) return notFound('no such vintage');
      return HttpResponse.json(
        computeDigest(view(from.resources), view(to.resources), {
          fromRecordedUpTo: from.cut.vintage.recordedUpTo,
          toRecordedUpTo: to.cut.vintage.recordedUpTo,
        }),
      );
    }),
    http.get(`${prefix}/vintages/:id/:resource`, ({ params }) => {
      const entry = built.get(String(params.id));
      if (!entry) return notFound('no such vintage');
      switch (params.resource) {
        case 'meta':
          return HttpResponse.json(entry.resources.meta);
        case 'programs':
          return HttpResponse.json(entry.resources.programs);
        case 'indicators':
          return HttpResponse.json(entry.resources.indicators);
        default:
          return notFound('no such resource');
      }
    }),
  ];
}
