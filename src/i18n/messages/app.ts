import type { Messages } from '../types';

export const en = {
  skipToContent: 'Skip to content',
  dataSource: {
    embedded: 'Embedded dataset {{version}}',
    mock: 'Development mock API (dataset {{version}})',
    live: 'Live API {{host}}',
  },
  dataSourceLabel: 'Data source',
  asOf: 'as of {{date}}',
  illustrativeNotice:
    'This dataset contains illustrative progress figures, made up to exercise the dashboard: they are marked “Illustrative” wherever they appear.',
  footer:
    'Pledges and context figures come from published reports; every figure links to its source. Execution figures marked illustrative are not real.',
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
  asOf: '{{date}} 기준',
  illustrativeNotice:
    '이 데이터셋에는 대시보드 시험을 위해 만든 예시 이행 수치가 들어 있습니다. 해당 수치는 어디서나 ‘예시’로 표시됩니다.',
  footer:
    '공약과 참고 지표는 공개 보도에서 가져왔으며 모든 수치는 출처와 연결됩니다. 예시로 표시된 이행 수치는 실제가 아닙니다.',
  backToOverview: '개요로 돌아가기',
  overviewHeading: '공약 현황',
} as const;
