import type { Messages } from '../types';

export const en = {
  talliesHeading: 'Headline figures',
  groupsPledged: 'Pledged by the five financial groups (five years, each won once)',
  selectionPledged: 'Committed by the shown pledges, each won once',
  committedBasis: {
    pledged: '{{amount}} pledged supply ({{count}} pledges)',
    fundSize: '{{amount}} fund size ({{count}})',
  },
  sharedDeducted: '− {{amount}} counted in both, taken once',
  selectionPlanned: 'Declared plans for {{year}}, each won once',
  noPlans: 'No annual plan declared',
  plansDeclared: '{{declared}} of {{of}} money pledges declared a plan for the year.',
  plansPartial: '{{count}} of the plans covers only part of its pledge.',
  reported: {
    approved: 'Approved (reported)',
    disbursed: 'Supplied or paid out (reported)',
    balance: 'Balance outstanding (reported)',
  },
  noneReported: 'None reported yet',
  reportedBy: '{{count}} pledge(s) reporting; latest figure {{date}}',
  withoutReading: 'Pledges with no reported figure yet',
  withoutReadingValue: '{{count}} of {{of}}',
  howCounted: 'How each figure is counted (method)',
  showStatus: 'Show the {{count}} pledges: {{status}}',
  tableHeading: 'All pledges',
  contextHeading: 'Context: what the pledges are meant to move',
  loading: 'Loading pledges…',
} as const;

export const ko: Messages<typeof en> = {
  talliesHeading: '주요 수치',
  groupsPledged: '5대 금융그룹 약속 총액(5년, 중복 제외)',
  selectionPledged: '표시된 공약의 약속 금액(중복 제외)',
  committedBasis: {
    pledged: '공급 약속 {{amount}}(공약 {{count}}건)',
    fundSize: '펀드 규모 {{amount}}({{count}}건)',
  },
  sharedDeducted: '− 양쪽에 함께 잡힌 {{amount}}은 한 번만 계산',
  selectionPlanned: '{{year}}년 발표된 계획(중복 제외)',
  noPlans: '발표된 연간 계획 없음',
  plansDeclared: '금액 공약 {{of}}건 중 {{declared}}건이 올해 계획을 발표했습니다.',
  plansPartial: '그중 {{count}}건은 공약의 일부만 다룹니다.',
  reported: {
    approved: '승인액(보고)',
    disbursed: '공급·집행액(보고)',
    balance: '잔액(보고)',
  },
  noneReported: '아직 보고 없음',
  reportedBy: '보고한 공약 {{count}}건, 최근 수치 {{date}}',
  withoutReading: '아직 보고된 수치가 없는 공약',
  withoutReadingValue: '{{of}}건 중 {{count}}건',
  howCounted: '각 수치의 계산 방법',
  showStatus: '{{status}} 공약 {{count}}건 보기',
  tableHeading: '전체 공약',
  contextHeading: '참고 지표: 공약이 움직이려는 지표',
  loading: '공약을 불러오는 중…',
} as const;
