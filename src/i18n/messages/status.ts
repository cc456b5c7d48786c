import type { Messages } from '../types';

export const en = {
  why: 'Show the reason',
  label: {
    achieved: 'Achieved',
    ahead: 'Ahead',
    'on-track': 'On track',
    behind: 'Behind',
    'too-early': 'Too early to judge',
    'not-started': 'Not started',
    'no-data': 'No reported figure yet',
    done: 'Done',
    pending: 'Pending',
    overdue: 'Overdue',
  },
  reason: {
    notStarted: 'The period starts on {{start}}.',
    noData: 'No reported figure yet (data as of {{asOf}}).',
    tooEarly:
      '{{reported}} reported by {{date}}: too early to judge — {{share}} of the period had passed and {{readings}} reading(s) exist (a verdict needs at least {{minShare}} and {{minReadings}}).',
    milestoneAssumedDue:
      'Not reported done yet. No source gives a due date ({{due}} is an assumption), so it is not judged late.',
    achieved: '{{reported}} reported by {{date}} meets the target of {{target}}.',
    ahead: '{{reported}} reported by {{date}}; {{expected}} was expected by then ({{basis}}): ahead by {{gap}}.',
    onTrack: '{{reported}} reported by {{date}}; {{expected}} was expected by then ({{basis}}).',
    behind: '{{reported}} reported by {{date}}; {{expected}} was expected by then ({{basis}}): behind pace by {{gap}}.',
    shareHeld: '{{reported}} reported by {{date}} against a target of {{target}}.',
    shareBelow: '{{reported}} reported by {{date}}, below the target of {{target}}.',
    priceTerms: 'A {{reported}} discount reported by {{date}}, against the promised {{range}}.',
    milestoneDone: 'Done on {{date}}.',
    milestoneDoneUndated: 'Reported done.',
    milestoneOverdue: 'Due by {{due}} and not reported done by {{asOf}}.',
    milestonePending: 'Not reported done yet; due by {{due}}.',
    milestonePendingUndated: 'Not reported done yet; no due date announced.',
  },
  basis: {
    linear: 'straight-line pace over the period',
    'annual-plan': 'following the declared annual plan',
  },
  tally: {
    heading: 'Pledges by status',
  },
} as const;

export const ko: Messages<typeof en> = {
  why: '근거 보기',
  label: {
    achieved: '달성',
    ahead: '초과 진행',
    'on-track': '정상 진행',
    behind: '지연',
    'too-early': '판단하기 이름',
    'not-started': '시작 전',
    'no-data': '보고된 수치 없음',
    done: '완료',
    pending: '진행 중',
    overdue: '기한 경과',
  },
  reason: {
    notStarted: '기간은 {{start}}에 시작합니다.',
    noData: '아직 보고된 수치가 없습니다({{asOf}} 기준 자료).',
    tooEarly:
      '{{date}}까지 {{reported}} 보고: 판단하기 이릅니다. 기간의 {{share}}가 지났고 보고는 {{readings}}건입니다(판단에는 {{minShare}} 이상, {{minReadings}}건 이상 필요).',
    milestoneAssumedDue:
      '아직 완료 보고가 없습니다. 기한을 밝힌 출처가 없어({{due}}는 가정) 지연으로 판단하지 않습니다.',
    achieved: '{{date}}까지 {{reported}} 보고되어 목표 {{target}}을 달성했습니다.',
    ahead: '{{date}}까지 {{reported}} 보고, 그때까지 기대치 {{expected}}({{basis}}) 대비 {{gap}} 앞서 있습니다.',
    onTrack: '{{date}}까지 {{reported}} 보고, 그때까지 기대치는 {{expected}}({{basis}})입니다.',
    behind: '{{date}}까지 {{reported}} 보고, 그때까지 기대치 {{expected}}({{basis}}) 대비 {{gap}} 뒤처져 있습니다.',
    shareHeld: '{{date}}까지 {{reported}} 보고, 목표는 {{target}}입니다.',
    shareBelow: '{{date}}까지 {{reported}} 보고, 목표 {{target}}에 못 미칩니다.',
    priceTerms: '{{date}}까지 {{reported}} 인하 보고, 약속한 범위는 {{range}}입니다.',
    milestoneDone: '{{date}}에 완료되었습니다.',
    milestoneDoneUndated: '완료된 것으로 보고되었습니다.',
    milestoneOverdue: '기한은 {{due}}였으나 {{asOf}}까지 완료 보고가 없습니다.',
    milestonePending: '아직 완료 보고가 없습니다. 기한은 {{due}}입니다.',
    milestonePendingUndated: '아직 완료 보고가 없습니다. 발표된 기한은 없습니다.',
  },
  basis: {
    linear: '기간 중 균등 진행 기준',
    'annual-plan': '발표된 연간 계획 기준',
  },
  tally: {
    heading: '상태별 공약 수',
  },
} as const;
