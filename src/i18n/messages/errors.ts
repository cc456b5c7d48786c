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
  why: {
    offline: 'You appear to be offline. It will reload when the connection is back.',
    network: 'The data source could not be reached.',
    http: 'The data source answered with an error ({{status}}).',
    malformed: 'The data source sent something that is not valid JSON.',
    schema: 'The data is not in the expected form (field {{field}}), so it is not shown.',
    render: 'Something went wrong while drawing it.',
  },
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
  why: {
    offline: '오프라인 상태입니다. 연결이 돌아오면 다시 불러옵니다.',
    network: '데이터 출처에 연결할 수 없습니다.',
    http: '데이터 출처가 오류로 응답했습니다({{status}}).',
    malformed: '데이터 출처가 올바른 JSON이 아닌 응답을 보냈습니다.',
    schema: '데이터가 예상한 형식이 아니어서(필드 {{field}}) 표시하지 않습니다.',
    render: '그리는 중 문제가 생겼습니다.',
  },
  retry: '다시 시도',
  retrying: '다시 시도하는 중…',
  stale: '이전에 불러온 자료를 표시 중입니다. 최근 새로고침에 실패했습니다.',
} as const;
