import type { Messages } from '../types';

export const en = {
  skipToContent: 'Skip to content',
  dataSource: {
    embedded: 'Embedded dataset {{version}}',
    mock: 'Development mock API (dataset {{version}})',
    live: 'Live API {{host}}',
  },
  dataSourceLabel: 'Data source',
  asOf: 'data as of {{date}}',
  datasetLabel: 'Figures shown',
  datasetChoice: {
    reported: 'Reported figures',
    demo: 'Demo (made-up progress)',
  },
  demoBanner:
    'DEMO — this view adds made-up progress figures to exercise the dashboard. They are not reported figures: do not use them in a briefing.',
  demoBack: 'Show reported figures only',
  footer:
    'Pledges and context figures come from published reports; every figure links to its source. Most pledges have no reported execution figure yet.',
  deskLink: 'Data desk (record figures)',
  backToOverview: 'Back to overview',
  overviewHeading: 'Pledges overview',
} as const;

export const ko: Messages<typeof en> = {
  skipToContent: '본문으로 건너뛰기',
  dataSource: {
    embedded: '내장 데이터셋 {{version}}',
    mock: '개발용 모의 API (데이터셋 {{version}})',
    live: '실시간 API {{host}}',
  },
  dataSourceLabel: '데이터 출처',
  asOf: '{{date}} 기준 자료',
  datasetLabel: '표시 수치',
  datasetChoice: {
    reported: '보고된 수치',
    demo: '시연용 (가상 이행 수치)',
  },
  demoBanner:
    '시연용(DEMO) — 대시보드를 시험하기 위해 만든 가상 이행 수치가 더해진 화면입니다. 보고된 수치가 아니므로 보고 자료에 쓰지 마십시오.',
  demoBack: '보고된 수치만 보기',
  footer:
    '공약과 참고 지표는 공개 보도에서 가져왔으며 모든 수치는 출처와 연결됩니다. 대부분의 공약은 아직 보고된 이행 수치가 없습니다.',
  deskLink: '데이터 데스크(수치 기록)',
  backToOverview: '개요로 돌아가기',
  overviewHeading: '공약 현황',
} as const;
