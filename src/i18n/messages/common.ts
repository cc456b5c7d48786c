import type { Messages } from '../types';

export const en = {
  appTitle: 'Pledge Tracker',
  appSubtitle: 'Productive-finance and win-win growth pledges against their commitments',
  language: 'Language',
  loading: 'Loading…',
  slow: 'This is taking longer than usual; still trying.',
  offline:
    'You are offline. What is on screen was loaded earlier; it will refresh by itself when the connection is back.',
  illustrative: 'Illustrative',
  illustrativeData: 'Illustrative data',
  unverified: 'Unverified',
  disputed: 'Disputed',
  sources: 'Sources',
  noSource: 'No source',
  dataColumn: 'Data',
  axisUnit: {
    'krw-eok': 'KRW (T = trillion, B = billion)',
    count: 'Count',
    percent: 'Percent',
  },
  provenance: {
    reported: 'Reported',
    derived: 'Derived',
    illustrative: 'Illustrative',
    mixed: 'Mixed',
  },
  provenanceHelp: {
    reported: 'The figure appears in the cited source.',
    derived: 'Computed from reported figures.',
    illustrative: 'Made up to exercise the dashboard; not a real figure.',
  },
} as const;

export const ko: Messages<typeof en> = {
  appTitle: '공약 이행 점검',
  appSubtitle: '생산적 금융·상생 성장 공약의 약속 대비 이행 현황',
  language: '언어',
  loading: '불러오는 중…',
  slow: '평소보다 오래 걸리고 있습니다. 계속 시도하는 중입니다.',
  offline: '오프라인 상태입니다. 화면의 자료는 이전에 불러온 것이며 연결이 돌아오면 자동으로 새로고침됩니다.',
  illustrative: '예시',
  illustrativeData: '예시 데이터',
  unverified: '미확인',
  disputed: '출처 간 차이',
  sources: '출처',
  noSource: '출처 없음',
  dataColumn: '자료',
  axisUnit: {
    'krw-eok': '원 (조·억)',
    count: '개수',
    percent: '퍼센트',
  },
  provenance: {
    reported: '보도',
    derived: '추정(계산)',
    illustrative: '예시',
    mixed: '혼합',
  },
  provenanceHelp: {
    reported: '인용한 출처에 나온 수치입니다.',
    derived: '보도된 수치로 계산한 값입니다.',
    illustrative: '대시보드 시험용으로 만든 값이며 실제 수치가 아닙니다.',
  },
} as const;
