// A briefing pack: pinned views (panel + the view's URL state + dataset version), each with a
// takeaway title, and the pack's title, date, language and page size. Lives in the URL hash
// (so a link reopens it) and in local storage. Parsed tolerantly: what cannot be read is dropped.
import type { Lang } from '../../../lib/view-state';

export const PACK_FORMAT_VERSION = 1;
export const pageSizes = ['16:9', '4:3', 'a4'] as const;
export type PageSize = (typeof pageSizes)[number];
export const MAX_ITEMS = 30;

export interface PackItem {
  /** Unique within the pack (stable across reorders). */
  id: string;
  panelId: string;
  /** The view's query string (filters, grouping, program, dataset), as the page's URL has it. */
  query: string;
  datasetVersion: string;
  /** The takeaway title; empty = use the suggestion drawn from the data. */
  takeaway: string;
}

export interface Pack {
  title: string;
  /** ISO date of the briefing. */
  date: string;
  lang: Lang;
  pageSize: PageSize;
  items: PackItem[];
}

export function emptyPack(lang: Lang, date: string): Pack {
  return { title: '', date, lang, pageSize: '16:9', items: [] };
}

const ID = /^[a-z0-9][a-z0-9-]{0,120}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.slice(0, max) : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Any value in, a valid pack (or null) out. */
export function normalisePack(value: unknown, fallback: Pack): Pack | null {
  if (!isRecord(value)) return null;
  const raw = value;
  if (raw.v !== PACK_FORMAT_VERSION) return null;
  const items: PackItem[] = [];
  const seen = new Set<string>();
  for (const entry of Array.isArray(raw.items) ? raw.items.slice(0, MAX_ITEMS) : []) {
    if (!isRecord(entry)) continue;
    const item = entry;
    const panelId = text(item.p, 200);
    if (!ID.test(panelId)) continue;
    let id = text(item.i, 40) || `i${items.length + 1}`;
    while (seen.has(id)) id = `${id}x`;
    seen.add(id);
    items.push({
      id,
      panelId,
      query: text(item.q, 2_000),
      datasetVersion: text(item.d, 40),
      takeaway: text(item.t, 300),
    });
  }
  const lang = raw.lang === 'ko' || raw.lang === 'en' ? raw.lang : fallback.lang;
  const pageSize = pageSizes.find((size) => size === raw.size) ?? fallback.pageSize;
  const date = typeof raw.date === 'string' && DATE.test(raw.date) ? raw.date : fallback.date;
  return { title: text(raw.title, 200), date, lang, pageSize, items };
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** The pack as compact JSON (short keys), for storage. */
export function packToJson(pack: Pack): string {
  return JSON.stringify({
    v: PACK_FORMAT_VERSION,
    title: pack.title,
    date: pack.date,
    lang: pack.lang,
    size: pack.pageSize,
    items: pack.items.map((item) => ({
      i: item.id,
      p: item.panelId,
      q: item.query,
      d: item.datasetVersion,
      t: item.takeaway,
    })),
  });
}

export function packFromJson(json: string, fallback: Pack): Pack | null {
  try {
    return normalisePack(JSON.parse(json), fallback);
  } catch {
    return null;
  }
}

/** The URL hash of a pack: `#pack=<base64url of the JSON>` (UTF-8, so Korean titles survive). */
export function packToHash(pack: Pack): string {
  return `#pack=${toBase64Url(new TextEncoder().encode(packToJson(pack)))}`;
}

/** The pack a hash holds; null when the hash is not a pack (or cannot be read). */
export function packFromHash(hash: string, fallback: Pack): Pack | null {
  const match = /^#pack=([A-Za-z0-9_-]*)$/.exec(hash);
  if (!match) return null;
  if (!match[1]) return fallback;
  try {
    return packFromJson(new TextDecoder().decode(fromBase64Url(match[1])), fallback);
  } catch {
    return null;
  }
}

export function isPackHash(hash: string): boolean {
  return hash === '#pack' || hash.startsWith('#pack=');
}

function nextId(pack: Pack): string {
  let number = pack.items.length + 1;
  const ids = new Set(pack.items.map((item) => item.id));
  while (ids.has(`i${number}`)) number += 1;
  return `i${number}`;
}

export function addItem(pack: Pack, item: Omit<PackItem, 'id' | 'takeaway'>): Pack {
  if (pack.items.length >= MAX_ITEMS) return pack;
  return { ...pack, items: [...pack.items, { ...item, id: nextId(pack), takeaway: '' }] };
}

export function removeItem(pack: Pack, id: string): Pack {
  return { ...pack, items: pack.items.filter((item) => item.id !== id) };
}

/** Moves an item up (-1) or down (+1); at either end nothing changes. */
export function moveItem(pack: Pack, id: string, by: -1 | 1): Pack {
  const index = pack.items.findIndex((item) => item.id === id);
  const target = index + by;
  if (index < 0 || target < 0 || target >= pack.items.length) return pack;
  const items = [...pack.items];
  const [moved] = items.splice(index, 1);
  if (moved) items.splice(target, 0, moved);
  return { ...pack, items };
}

export function updateItem(pack: Pack, id: string, update: Partial<Pick<PackItem, 'takeaway'>>): Pack {
  return { ...pack, items: pack.items.map((item) => (item.id === id ? { ...item, ...update } : item)) };
}
