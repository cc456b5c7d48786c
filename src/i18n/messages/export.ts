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
  clipboardUnavailable:
    'The clipboard is not available here (it needs a secure https page). The PNG was downloaded instead.',
  unit: {
    'krw-eok': 'KRW 100 million',
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
  clipboardUnavailable: '이 페이지에서는 클립보드를 쓸 수 없습니다(보안 https 페이지 필요). 대신 PNG를 내려받았습니다.',
  unit: {
    'krw-eok': '억원',
    count: '개',
    percent: '%',
  },
} as const;
