// MSW handlers, one per resource of docs/api.md, serving a set of resources.
import { http, HttpResponse } from 'msw';
import type { ApiResources } from '../src/lib/dataset';

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
