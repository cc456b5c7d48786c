// The fault matrix: every fault × every resource × every view, over the real client with a
// fault-injecting MSW handler. One render per (fault, resource, page) is shared by all the views
// on that page, and each view is one case: a view that reads the failing resource must say
// which data failed and why, offer Retry and recover once the fault clears; every other view
// must keep working (isolation). Counts go to reports/fault-matrix/<file>.json, which
// scripts/ci-summary.mjs prints before CI's closing line.
import { act, screen, waitFor, within } from '@testing-library/react';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { server } from '../../mocks/node';
import { RETRY_AFTER_SECONDS, switchableFault, type Fault } from '../../mocks/scenarios';
import { renderApp } from './render-app';

export type MatrixLang = 'en' | 'ko';
export type MatrixPage = 'overview' | 'detail';

export const pageUrl: Record<MatrixPage, (lang: MatrixLang) => string> = {
  overview: (lang) => (lang === 'en' ? '/' : '/?v=1&lang=ko'),
  detail: (lang) => `/?v=1&program=woori-total${lang === 'ko' ? '&lang=ko' : ''}`,
};

export const indicatorResources = [
  'indicators/five-bank-corporate-loans',
  'indicators/five-bank-corporate-loan-changes',
  'indicators/tech-credit-all-banks',
  'indicators/tech-credit-five-banks',
] as const;
export const referenceResources = ['meta', 'programs', 'institutions', 'strategies'] as const;

const what: Record<MatrixLang, (resource: string) => string> = {
  en: (resource) =>
    resource.startsWith('indicators/')
      ? 'This indicator could not be loaded.'
      : ({
          meta: 'The dataset information could not be loaded.',
          programs: 'The list of pledges could not be loaded.',
          institutions: 'The list of institutions could not be loaded.',
          strategies: 'The list of strategies could not be loaded.',
        }[resource] ?? resource),
  ko: (resource) =>
    resource.startsWith('indicators/')
      ? '이 지표를 불러오지 못했습니다.'
      : ({
          meta: '데이터셋 정보를 불러오지 못했습니다.',
          programs: '공약 목록을 불러오지 못했습니다.',
          institutions: '기관 목록을 불러오지 못했습니다.',
          strategies: '전략 목록을 불러오지 못했습니다.',
        }[resource] ?? resource),
};

const neededBy: Record<MatrixLang, Record<MatrixPage, string>> = {
  en: {
    overview: 'The overview of pledges needs it, so it is not shown.',
    detail: "This pledge's page needs it, so it is not shown.",
  },
  ko: {
    overview: '공약 개요는 이 자료가 있어야 하므로 표시하지 않습니다.',
    detail: '이 공약의 상세 화면은 이 자료가 있어야 하므로 표시하지 않습니다.',
  },
};

/** Why, as the reader must read it, for each fault that ends in an error. */
export const why: Record<MatrixLang, Record<Exclude<Fault, 'slow' | 'slow-10s'>, RegExp>> = {
  en: {
    'network-error': /could not be reached \(a network error/,
    'http-404': /has no such data: not found \(404\)/,
    'http-429': /limiting requests: rate-limited \(429\)/,
    'http-500': /answered with a server error \(500\)/,
    'http-503': /unavailable for now \(503\)/,
    'http-503-retry-after': /unavailable for now \(503\)/,
    // Before any body byte the headers may not have left the server either: a network error either way.
    'reset-before-body':
      /could not be reached \(a network error|was lost while the data was arriving \(a network error\)/,
    'reset-mid-body': /connection to the data source was lost while the data was arriving \(a network error\)/,
    'truncated-body': /arrived cut short \(not valid JSON\)/,
    'html-body': /sent a web page instead of data/,
    'empty-body': /sent an empty answer/,
    'malformed-json': /not valid JSON/,
    'schema-invalid': /not in the expected form \(field [^)]+\)/,
  },
  ko: {
    'network-error': /연결할 수 없습니다\(네트워크 오류/,
    'http-404': /해당 자료가 없습니다: 찾을 수 없음\(404\)/,
    'http-429': /요청 수를 제한하고 있습니다: 요청 제한\(429\)/,
    'http-500': /서버 오류로 응답했습니다\(500\)/,
    'http-503': /지금은 이용할 수 없습니다\(503\)/,
    'http-503-retry-after': /지금은 이용할 수 없습니다\(503\)/,
    'reset-before-body': /연결할 수 없습니다\(네트워크 오류|받는 도중 데이터 출처와의 연결이 끊겼습니다/,
    'reset-mid-body': /받는 도중 데이터 출처와의 연결이 끊겼습니다/,
    'truncated-body': /중간에 잘린 채 도착했습니다/,
    'html-body': /자료 대신 웹 페이지를 보냈습니다/,
    'empty-body': /빈 응답을 보냈습니다/,
    'malformed-json': /올바른 JSON이 아닌/,
    'schema-invalid': /예상한 형식이 아니어서\(필드 [^)]+\)/,
  },
};

const retryLabel: Record<MatrixLang, string> = { en: 'Retry', ko: '다시 시도' };
const slowText: Record<MatrixLang, RegExp> = { en: /taking longer than usual/, ko: /평소보다 오래 걸리고/ };
const retryInText: Record<MatrixLang, RegExp> = {
  en: new RegExp(`Retrying in ${RETRY_AFTER_SECONDS} s\\.`),
  ko: new RegExp(`${RETRY_AFTER_SECONDS}초 후 다시 시도합니다`),
};

export interface MatrixView {
  id: string;
  page: MatrixPage;
  /** The resources this view cannot be shown without. */
  reads: readonly string[];
  place: () => Promise<HTMLElement>;
  /** What the view shows when its data is there. */
  works: (place: HTMLElement, lang: MatrixLang) => Promise<void>;
  /** The "what failed" line this view shows for a resource. */
  what: (resource: string, lang: MatrixLang) => string;
  /** False when the view shows nothing while a request is pending (the page around it says it). */
  saysWhilePending: boolean;
}

async function panelSection(index: number) {
  // The four context panels, in page order, by their heading's position under "context".
  const context = await screen.findByRole('region', { name: /context|맥락|지표/i });
  const sections = await within(context).findAllByRole('region');
  const section = sections[index];
  if (!section) throw new Error(`no context panel ${index}`);
  return section;
}

const mainPlace = async () => screen.getByRole('main');
/** The page's header (testing-library also counts the panels' <header>s as banners). */
const appHeader = async () => {
  // eslint-disable-next-line testing-library/no-node-access -- the page's own header, told apart from the panels' headers
  const header = document.querySelector<HTMLElement>('body header.app-header');
  if (!header) throw new Error('no app header');
  return header;
};

function indicatorView(index: number): MatrixView {
  const resource = indicatorResources[index] ?? '';
  return {
    id: resource,
    page: 'overview',
    reads: [resource],
    place: () => panelSection(index),
    works: async (place, lang) => {
      expect(await within(place).findByRole('group', { name: lang === 'en' ? 'Show as' : '보기 방식' })).toBeVisible();
    },
    what: (failing, lang) => what[lang](failing),
    saysWhilePending: true,
  };
}

export const matrixViews: readonly MatrixView[] = [
  {
    id: 'header',
    page: 'overview',
    reads: ['meta'],
    place: appHeader,
    works: async (place, lang) => {
      expect(
        await within(place).findByText(lang === 'en' ? /data as of \d+ \w+ \d{4}/ : /\d{4}년 \d+월 \d+일 기준/),
      ).toBeVisible();
    },
    what: (resource, lang) => what[lang](resource),
    saysWhilePending: false,
  },
  {
    id: 'overview table, tallies and pledge panels',
    page: 'overview',
    reads: ['programs', 'institutions', 'strategies', 'meta'],
    place: mainPlace,
    works: async (_place, lang) => {
      expect(
        await screen.findByRole('table', { name: lang === 'en' ? /every tracked pledge/i : /추적 중인 모든 공약/ }),
      ).toBeVisible();
    },
    what: (resource, lang) => `${what[lang](resource)} ${neededBy[lang].overview}`,
    saysWhilePending: true,
  },
  indicatorView(0),
  indicatorView(1),
  indicatorView(2),
  indicatorView(3),
  {
    id: 'header (detail page)',
    page: 'detail',
    reads: ['meta'],
    place: appHeader,
    works: async (place, lang) => {
      expect(await within(place).findByText(lang === 'en' ? /data as of \d+ \w+ \d{4}/ : /기준/)).toBeVisible();
    },
    what: (resource, lang) => what[lang](resource),
    saysWhilePending: false,
  },
  {
    id: 'program detail',
    page: 'detail',
    reads: ['programs', 'institutions', 'strategies', 'meta'],
    place: mainPlace,
    works: async () => {
      expect(await screen.findByRole('article')).toBeVisible();
    },
    what: (resource, lang) => `${what[lang](resource)} ${neededBy[lang].detail}`,
    saysWhilePending: true,
  },
];

export interface CaseResult {
  fault: Fault;
  resource: string;
  page: MatrixPage;
  lang: MatrixLang;
  view: string;
  role: 'affected' | 'isolated';
  ok: boolean;
  error?: string;
}

/** Alerts inside `place` that say `text` (the header's and a page's can both be on screen). */
function alertsSaying(place: HTMLElement, text: string): HTMLElement[] {
  return within(place)
    .queryAllByRole('alert')
    .filter((alert) => (alert.textContent ?? '').includes(text));
}

async function expectFaultSaid(view: MatrixView, place: HTMLElement, fault: Fault, resource: string, lang: MatrixLang) {
  const text = view.what(resource, lang);
  if (fault === 'slow' || fault === 'slow-10s') {
    if (view.saysWhilePending) expect(await within(place).findByText(slowText[lang])).toBeVisible();
    expect(alertsSaying(place, text)).toHaveLength(0);
    return;
  }
  if (fault === 'http-429' || fault === 'http-503-retry-after') {
    // The server asked to wait: the view says why and when it tries again, and does.
    if (view.saysWhilePending) {
      await waitFor(() => {
        const said = within(place)
          .queryAllByRole('status')
          .some(
            (status) =>
              why[lang][fault].test(status.textContent ?? '') && retryInText[lang].test(status.textContent ?? ''),
          );
        const gaveUp = alertsSaying(place, text).length > 0;
        expect(said || gaveUp).toBe(true);
      });
    }
    return;
  }
  await waitFor(() => expect(alertsSaying(place, text)).toHaveLength(1));
  const [alert] = alertsSaying(place, text);
  if (!alert) throw new Error('no alert');
  expect(alert).toHaveTextContent(why[lang][fault]);
  expect(within(alert).getByRole('button', { name: retryLabel[lang] })).toBeEnabled();
}

/**
 * Renders `page` with `resource` failing as `fault`, checks every view of the page, clears the
 * fault, retries as a reader would, and checks the affected views recover. Returns one result
 * per view; throws the first failure after recording them all.
 */
export async function runMatrixCase(
  fault: Fault,
  resource: string,
  page: MatrixPage,
  lang: MatrixLang,
  record: (result: CaseResult) => void,
): Promise<void> {
  const views = matrixViews.filter((view) => view.page === page);
  const failing = switchableFault(resource, fault);
  server.use(failing.handler);
  renderApp(pageUrl[page](lang), { slowAfterMs: 50 });

  const errors = new Map<string, unknown>();
  const step = async (view: MatrixView, check: (place: HTMLElement) => Promise<void>) => {
    if (errors.has(view.id)) return;
    try {
      await check(await view.place());
    } catch (error) {
      errors.set(view.id, error);
    }
  };
  const affected = views.filter((view) => view.reads.includes(resource));
  const isolated = views.filter((view) => !view.reads.includes(resource));

  for (const view of affected) await step(view, (place) => expectFaultSaid(view, place, fault, resource, lang));
  for (const view of isolated) await step(view, (place) => view.works(place, lang));

  // The fault clears; the reader presses Retry where the page offers it (a slow answer and a
  // rate-limited one that is still being retried come by themselves).
  failing.clear();
  for (const view of affected) {
    const place = await view.place();
    const [alert] = alertsSaying(place, view.what(resource, lang));
    const retry = alert ? within(alert).queryByRole('button', { name: retryLabel[lang] }) : null;
    if (retry) {
      await act(async () => retry.click());
      break;
    }
  }
  for (const view of affected) await step(view, (place) => view.works(place, lang));

  for (const view of views) {
    const error = errors.get(view.id);
    record({
      fault,
      resource,
      page,
      lang,
      view: view.id,
      role: affected.includes(view) ? 'affected' : 'isolated',
      ok: error === undefined,
      ...(error === undefined ? {} : { error: error instanceof Error ? error.message.split('\n')[0] : String(error) }),
    });
  }
  const first = [...errors.values()][0];
  if (first !== undefined) throw first;
}

/** Collects a file's cases and writes their counts for CI (reports/fault-matrix/<name>.json). */
export function matrixRecorder(name: string) {
  const results: CaseResult[] = [];
  return {
    record: (result: CaseResult) => results.push(result),
    write: () => {
      mkdirSync('reports/fault-matrix', { recursive: true });
      const passed = results.filter((result) => result.ok).length;
      writeFileSync(
        `reports/fault-matrix/${name}.json`,
        JSON.stringify({ cases: results.length, passed, failed: results.length - passed, results }, null, 2),
      );
    },
  };
}
