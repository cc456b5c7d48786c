// The words of an exported snapshot's frame, a CSV's preamble and the pack writers' footers:
// loaded with the export code, not in the initial bundle.
import { catalogTranslator } from '../../i18n/i18n';
import type { Messages } from '../../i18n/types';

export const en = {
  filters: 'Filters: {{filters}}',
  asOf: 'Data as of {{date}} · exported from Pledge Tracker',
  sources: 'Sources: {{list}}',
  illustrative:
    'ILLUSTRATIVE DATA: some figures in this chart are made up to exercise the dashboard; they are not real execution figures.',
  derived: 'Includes derived figures (computed from reported ones; hollow markers).',
  noFiltersApply: "The page's filters do not apply to this chart.",
  demo: 'DEMO DATA — not for briefing: this dataset contains illustrative figures.',
  datasetVersion: 'Dataset version {{version}}',
  openView: 'Open this view:',
  notesHeading: 'Notes',
  mix: 'Figures drawn: {{reported}} reported, {{derived}} derived, {{illustrative}} illustrative',
  axis: { count: 'Count', percent: 'Percent', start: 'The value axis starts at {{value}}, not at zero.' },
  csvMeta: {
    title: 'Title',
    subtitle: 'Description',
    asOf: 'Data as of',
    filters: 'Filters',
    rows: 'Rows',
    rowsShown: 'Rows shown on screen',
    rowsAll: 'All rows, ignoring filters and downsampling',
    source: 'Source',
    dataset: 'Dataset version',
    link: 'Link',
    demo: 'DEMO',
  },
  fileAllRows: 'all-rows',
  copyText: '{{title}} ({{asOf}}). {{sources}} {{link}}',
} as const;

export const ko: Messages<typeof en> = {
  filters: '필터: {{filters}}',
  asOf: '{{date}} 기준 자료 · 공약 이행 점검에서 내보냄',
  sources: '출처: {{list}}',
  illustrative: '예시 데이터: 이 차트의 일부 수치는 대시보드 시험용으로 만든 값이며 실제 이행 실적이 아닙니다.',
  derived: '추정(계산) 수치 포함(보도 수치로 계산, 빈 표식).',
  noFiltersApply: '이 차트에는 화면의 필터가 적용되지 않습니다.',
  demo: '데모 데이터 — 보고용 아님: 이 데이터셋에는 예시 수치가 들어 있습니다.',
  datasetVersion: '데이터셋 버전 {{version}}',
  openView: '이 화면 열기:',
  notesHeading: '참고',
  mix: '표시한 수치: 보도 {{reported}}개, 추정 {{derived}}개, 예시 {{illustrative}}개',
  axis: { count: '개수', percent: '퍼센트', start: '세로축은 0이 아니라 {{value}}에서 시작합니다.' },
  csvMeta: {
    title: '제목',
    subtitle: '설명',
    asOf: '자료 기준일',
    filters: '필터',
    rows: '행',
    rowsShown: '화면에 표시된 행',
    rowsAll: '필터·축약 없이 전체 행',
    source: '출처',
    dataset: '데이터셋 버전',
    link: '링크',
    demo: '데모',
  },
  fileAllRows: 'all-rows',
  copyText: '{{title}} ({{asOf}}). {{sources}} {{link}}',
} as const;

/** Translates a key of this catalog. */
export const st = catalogTranslator({ en, ko });

export type SnapshotKey = Parameters<typeof st>[1];
