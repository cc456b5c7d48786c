// MSW handlers, one per resource of docs/api.md, serving a set of resources.
import { http, HttpResponse } from 'msw';
import type { ApiResources } from '../src/lib/dataset';

export const API = '/api/v1';

export function resourceHandlers(resources: ApiResources) {
  return [
    http.get(`${API}/meta`, () => HttpResponse.json(resources.meta)),
    http.get(`${API}/institutions`, () => HttpResponse.json(resources.institutions)),
    http.get(`${API}/strategies`, () => HttpResponse.json(resources.strategies)),
    http.get(`${API}/programs`, () => HttpResponse.json(resources.programs)),
    http.get(`${API}/indicators`, () => HttpResponse.json(resources.indicators)),
    http.get(`${API}/indicators/:id`, ({ params }) => {
      const indicator = resources.indicators.indicators.find((item) => item.id === params.id);
      return indicator ? HttpResponse.json(indicator) : HttpResponse.json({ error: 'not-found' }, { status: 404 });
    }),
  ];
}
