import type { Messages } from '../types';

export const en = {
  what: {
    programs: 'The list of pledges could not be loaded.',
    meta: 'The dataset information could not be loaded.',
    institutions: 'The list of institutions could not be loaded.',
    strategies: 'The list of strategies could not be loaded.',
    indicator: 'This indicator could not be loaded.',
    panel: 'This panel could not be drawn.',
    page: 'This page could not be shown.',
  },
  /** Said by a view that cannot be shown without a resource that failed. */
  neededBy: {
    overview: 'The overview of pledges needs it, so it is not shown.',
    detail: "This pledge's page needs it, so it is not shown.",
  },
  why: {
    offline: 'You appear to be offline. It will reload when the connection is back.',
    network: 'The data source could not be reached (a network error, or it refused the connection).',
    interrupted: 'The connection to the data source was lost while the data was arriving (a network error).',
    'not-found': 'The data source has no such data: not found ({{status}}).',
    'rate-limited': 'The data source is limiting requests: rate-limited ({{status}}).',
    unavailable: 'The data source is unavailable for now ({{status}}).',
    server: 'The data source answered with a server error ({{status}}).',
    refused: 'The data source refused access ({{status}}).',
    rejected: 'The data source rejected the request ({{status}}).',
    malformed: {
      empty: 'The data source sent an empty answer instead of data.',
      html: 'The data source sent a web page instead of data (not valid JSON).',
      truncated: 'The data arrived cut short (not valid JSON).',
      invalid: 'The data source sent something that is not valid JSON.',
    },
    contract: 'The data is not in the expected form (field {{field}}), so it is not shown.',
    render: 'Something went wrong while drawing it.',
  },
  retryIn: 'Retrying in {{seconds}} s.',
  retryingNow: 'Trying again…',
  waitAsked: 'The data source asks to wait {{seconds}} s before trying again.',
  retry: 'Retry',
  retrying: 'Retrying…',
  stale: 'Showing data loaded earlier: the latest refresh failed.',
} as const;

export const ko: Messages<typeof en> = {
  what: {
    programs: '공약 목록을 불러오지 못했습니다.',
    meta: '데이터셋 정보를 불러오지 못했습니다.',
    institutions: '기관 목록을 불러오지 못했습니다.',
    strategies: '전략 목록을 불러오지 못했습니다.',
    indicator: '이 지표를 불러오지 못했습니다.',
    panel: '이 패널을 그리지 못했습니다.',
    page: '이 화면을 표시하지 못했습니다.',
  },
  neededBy: {
    overview: '공약 개요는 이 자료가 있어야 하므로 표시하지 않습니다.',
    detail: '이 공약의 상세 화면은 이 자료가 있어야 하므로 표시하지 않습니다.',
  },
  why: {
    offline: '오프라인 상태입니다. 연결이 돌아오면 다시 불러옵니다.',
    network: '데이터 출처에 연결할 수 없습니다(네트워크 오류 또는 연결 거부).',
    interrupted: '자료를 받는 도중 데이터 출처와의 연결이 끊겼습니다(네트워크 오류).',
    'not-found': '데이터 출처에 해당 자료가 없습니다: 찾을 수 없음({{status}}).',
    'rate-limited': '데이터 출처가 요청 수를 제한하고 있습니다: 요청 제한({{status}}).',
    unavailable: '데이터 출처를 지금은 이용할 수 없습니다({{status}}).',
    server: '데이터 출처가 서버 오류로 응답했습니다({{status}}).',
    refused: '데이터 출처가 접근을 거부했습니다({{status}}).',
    rejected: '데이터 출처가 요청을 거절했습니다({{status}}).',
    malformed: {
      empty: '데이터 출처가 자료 대신 빈 응답을 보냈습니다.',
      html: '데이터 출처가 자료 대신 웹 페이지를 보냈습니다(올바른 JSON이 아님).',
      truncated: '자료가 중간에 잘린 채 도착했습니다(올바른 JSON이 아님).',
      invalid: '데이터 출처가 올바른 JSON이 아닌 응답을 보냈습니다.',
    },
    contract: '데이터가 예상한 형식이 아니어서(필드 {{field}}) 표시하지 않습니다.',
    render: '그리는 중 문제가 생겼습니다.',
  },
  retryIn: '{{seconds}}초 후 다시 시도합니다.',
  retryingNow: '다시 시도하는 중…',
  waitAsked: '데이터 출처가 {{seconds}}초 기다린 뒤 다시 시도하라고 합니다.',
  retry: '다시 시도',
  retrying: '다시 시도하는 중…',
  stale: '이전에 불러온 자료를 표시 중입니다. 최근 새로고침에 실패했습니다.',
} as const;
