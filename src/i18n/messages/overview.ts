import type { Messages } from '../types';

export const en = {
  talliesHeading: 'Headline figures',
  groupsPledged: 'Pledged by the five financial groups',
  selectionPledged: 'Pledged (shown pledges, each won once)',
  selectionPlanned: 'Planned for {{year}} (declared annual plans)',
  noPlans: 'No annual plan declared',
  selectionReported: 'Reported execution to date',
  grossVsNet: 'net; {{gross}} if nested and shared amounts were added twice',
  tableHeading: 'All pledges',
  contextHeading: 'Context: what the pledges are meant to move',
  loading: 'Loading pledges…',
} as const;

export const ko: Messages<typeof en> = {
  talliesHeading: '주요 수치',
  groupsPledged: '5대 금융그룹 약속 총액',
  selectionPledged: '약속 금액(표시된 공약, 중복 제외)',
  selectionPlanned: '{{year}}년 계획(발표된 연간 계획)',
  noPlans: '발표된 연간 계획 없음',
  selectionReported: '현재까지 보고된 이행액',
  grossVsNet: '중복 제외 금액. 하위·공유 금액을 중복 합산하면 {{gross}}',
  tableHeading: '전체 공약',
  contextHeading: '참고 지표: 공약이 움직이려는 지표',
  loading: '공약을 불러오는 중…',
} as const;
