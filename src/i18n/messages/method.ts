import type { Messages } from '../types';

// The method page: what each figure adds and how a verdict is reached. Thresholds are filled in
// from the model's constants, so the page cannot drift from the code.
export const en = {
  heading: 'How the figures are counted',
  intro:
    'Every figure on this dashboard comes from a published source or is derived from published figures; the method below is the same for every view, chart and export.',
  back: 'Back to the overview',
  ledger: {
    heading: 'Each won once',
    body: 'A parent pledge is its parts (Woori’s 80 is its 73 productive and 7 inclusive), so a part adds nothing when its parent is counted. Money two pledges share — each financial group’s contribution to the National Growth Fund sits inside the fund too — is taken once, and never more than either side holds. “Sum of every row” would count the same money several times and is not shown.',
  },
  bases: {
    heading: 'Kinds of money are never added together',
    body: 'A pledged supply over five years, a fund’s size, a year’s plan, an approval, money paid out and a balance are different measures. Committed totals say how much of each they hold; reported totals are shown one kind at a time (approved, supplied or paid out, balance).',
  },
  plans: {
    heading: 'Declared plans',
    body: 'The plan total adds the annual plans pledgers declared for the year, each won once (money two plans share is taken once), and says how many pledges declared one. A plan that covers only part of its pledge — one bank’s lending, say — is counted and flagged.',
  },
  pace: {
    heading: 'Pace and the grace band',
    body: 'A pledge is judged at the date of its latest reading against what it should have reached by then: a straight line over its period, or its declared annual plans. Within a band of {{band}} of the expected value (at least 1% of the target) it is on track; below, behind; above, ahead. The verdict names the date it was judged at.',
  },
  early: {
    heading: 'Too early to judge',
    body: 'No verdict is given until at least {{share}} of the period has passed by the latest reading and at least {{readings}} readings exist. Until then the pledge is “too early to judge”, never “behind”.',
  },
  freshness: {
    heading: 'Last reported and updates due',
    body: 'Each pledge shows when it was last reported. Where a source says how often it is reported (or where we assume a cadence, said so), an update is due one cadence after the period of the last reading plus {{lag}} month for publication; a late update reads “update due since …” and never changes the status. “Overdue” is kept for a milestone that missed a deadline a source gave.',
  },
  provenance: {
    heading: 'Where each figure comes from',
    body: 'Reported: the number appears in the cited source. Derived: computed from reported numbers (the figure says how). Assumption: a date or period no source gives, marked as such and never judged as a deadline. Illustrative: made-up progress that exists only in the demo dataset, which is reached on purpose and marked DEMO everywhere.',
  },
  asOf: {
    heading: 'Dates',
    body: '“Data as of” is the newest date any reported figure describes; nothing shown is later.',
  },
} as const;

export const ko: Messages<typeof en> = {
  heading: '수치 계산 방법',
  intro:
    '이 대시보드의 모든 수치는 공개된 출처에 있거나 공개 수치로부터 계산한 것입니다. 아래 방법은 모든 화면, 차트, 내보내기에 똑같이 적용됩니다.',
  back: '개요로 돌아가기',
  ledger: {
    heading: '같은 돈은 한 번만',
    body: '상위 공약은 하위 공약의 합이므로(우리금융 80은 생산적 73과 포용 7), 상위 공약이 계산되면 하위 공약은 더하지 않습니다. 두 공약이 함께 가진 돈(각 금융그룹의 국민성장펀드 출자는 펀드에도 들어 있습니다)은 한 번만 계산하며, 어느 쪽이 가진 금액보다 많이 빼지 않습니다. 표의 모든 행을 더한 값은 같은 돈을 여러 번 세므로 보여 주지 않습니다.',
  },
  bases: {
    heading: '종류가 다른 돈은 더하지 않습니다',
    body: '5년간의 공급 약속, 펀드 규모, 연간 계획, 승인액, 집행액, 잔액은 서로 다른 척도입니다. 약속 합계는 각 종류가 얼마인지 밝히고, 보고 합계는 종류별로(승인, 공급·집행, 잔액) 따로 보여 줍니다.',
  },
  plans: {
    heading: '발표된 계획',
    body: '계획 합계는 공약 주체가 발표한 해당 연도 계획을 중복 없이 더한 값이며(두 계획에 함께 든 돈은 한 번만), 계획을 발표한 공약이 몇 건인지 함께 밝힙니다. 공약의 일부만 다루는 계획(한 은행의 대출 등)은 포함하되 표시합니다.',
  },
  pace: {
    heading: '진행 속도와 허용 범위',
    body: '공약은 최근 보고일 기준으로, 그때까지 도달했어야 할 수준(기간 중 균등 진행 또는 발표된 연간 계획)과 비교해 판단합니다. 기대치의 {{band}}(최소 목표의 1%) 안이면 정상 진행, 아래면 지연, 위면 초과 진행입니다. 판단에는 판단 기준일을 함께 적습니다.',
  },
  early: {
    heading: '판단하기 이름',
    body: '최근 보고일까지 기간의 {{share}} 이상이 지나고 보고가 {{readings}}건 이상 있어야 판단합니다. 그전에는 ‘판단하기 이름’이며 ‘지연’으로 표시하지 않습니다.',
  },
  freshness: {
    heading: '최근 보고일과 갱신 시점',
    body: '공약마다 최근 보고일을 보여 줍니다. 출처가 보고 주기를 밝힌 경우(또는 주기를 가정한 경우, 가정이라고 표시) 최근 보고 기간에서 한 주기와 공표에 걸리는 {{lag}}개월이 지나면 갱신 시점이 됩니다. 늦어진 갱신은 ‘…부터 갱신 필요’로 표시하며 상태를 바꾸지 않습니다. ‘기한 경과’는 출처가 밝힌 기한을 넘긴 이정표에만 씁니다.',
  },
  provenance: {
    heading: '수치의 근거',
    body: '보고: 인용한 출처에 그 숫자가 있습니다. 계산: 보고된 숫자로 계산했습니다(방법을 밝힘). 가정: 출처가 밝히지 않은 날짜나 기간으로, 가정이라고 표시하며 기한으로 판단하지 않습니다. 예시: 시연용 데이터셋에만 있는 가상 이행 수치로, 일부러 선택해야 볼 수 있고 어디서나 DEMO로 표시됩니다.',
  },
  asOf: {
    heading: '날짜',
    body: '‘기준 자료’ 날짜는 보고된 수치가 가리키는 가장 최근 날짜이며, 그보다 늦은 수치는 없습니다.',
  },
} as const;
