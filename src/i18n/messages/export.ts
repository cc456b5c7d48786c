import type { Messages } from '../types';

export const en = {
  menu: 'Export',
  menuFor: 'Export “{{title}}”',
  png: 'Download PNG',
  svg: 'Download SVG',
  copy: 'Copy image',
  csv: 'Download CSV',
  rows: 'Rows in the CSV',
  displayedRows: 'Rows shown ({{count}})',
  allRows: 'All rows, ignoring filters and downsampling ({{count}})',
  working: 'Preparing the export…',
  done: {
    png: 'PNG downloaded.',
    svg: 'SVG downloaded.',
    copy: 'Image copied to the clipboard.',
    csv: 'CSV downloaded ({{count}} rows).',
  },
  failed: {
    copy: 'Could not copy the image: the browser refused clipboard access. Download the PNG instead.',
    unsupported: 'This browser cannot put images on the clipboard. Download the PNG instead.',
    notReady: 'The chart is not drawn yet; try again in a moment.',
    generic: 'The export failed: {{message}}',
  },
  filters: 'Filters: {{filters}}',
  asOf: 'Data as of {{date}} · exported from Pledge Tracker',
  sources: 'Sources: {{list}}',
  illustrative:
    'ILLUSTRATIVE DATA: some figures in this chart are made up to exercise the dashboard; they are not real execution figures.',
  derived: 'Includes derived figures (computed from reported ones; hollow markers).',
  unit: {
    'krw-eok': '억원 = KRW 100 million',
    count: 'count',
    percent: '%',
  },
} as const;

export const ko: Messages<typeof en> = {
  menu: '내보내기',
  menuFor: '“{{title}}” 내보내기',
  png: 'PNG 내려받기',
  svg: 'SVG 내려받기',
  copy: '이미지 복사',
  csv: 'CSV 내려받기',
  rows: 'CSV에 넣을 행',
  displayedRows: '표시된 행({{count}})',
  allRows: '필터·축약 없이 전체 행({{count}})',
  working: '내보내기 준비 중…',
  done: {
    png: 'PNG를 내려받았습니다.',
    svg: 'SVG를 내려받았습니다.',
    copy: '이미지를 클립보드에 복사했습니다.',
    csv: 'CSV를 내려받았습니다({{count}}행).',
  },
  failed: {
    copy: '이미지를 복사하지 못했습니다. 브라우저가 클립보드 접근을 거부했습니다. PNG를 내려받으세요.',
    unsupported: '이 브라우저는 이미지를 클립보드에 넣을 수 없습니다. PNG를 내려받으세요.',
    notReady: '차트가 아직 그려지지 않았습니다. 잠시 후 다시 시도하세요.',
    generic: '내보내기에 실패했습니다: {{message}}',
  },
  filters: '필터: {{filters}}',
  asOf: '{{date}} 기준 자료 · 공약 이행 점검에서 내보냄',
  sources: '출처: {{list}}',
  illustrative: '예시 데이터: 이 차트의 일부 수치는 대시보드 시험용으로 만든 값이며 실제 이행 실적이 아닙니다.',
  derived: '추정(계산) 수치 포함(보도 수치로 계산, 빈 표식).',
  unit: {
    'krw-eok': '억원',
    count: '개',
    percent: '%',
  },
} as const;
