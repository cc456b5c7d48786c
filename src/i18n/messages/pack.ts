import type { Messages } from '../types';

export const en = {
  add: 'Add to briefing',
  addFor: 'Add to briefing: “{{title}}”',
  added: 'Added: {{count}} in the briefing.',
  added_one: 'Added: {{count}} item in the briefing.',
  full: 'The briefing is full ({{count}} items).',
  open: 'Open briefing ({{count}})',
  loading: 'Loading the pinned views…',
} as const;

export const ko: Messages<typeof en> = {
  add: '브리핑에 추가',
  addFor: '브리핑에 추가: “{{title}}”',
  added: '추가했습니다: 브리핑에 {{count}}개.',
  added_one: '추가했습니다: 브리핑에 {{count}}개.',
  full: '브리핑이 가득 찼습니다({{count}}개).',
  open: '브리핑 열기({{count}})',
  loading: '고정한 화면을 불러오는 중…',
} as const;
