import type { ReactNode } from 'react';

/**
 * Text from data (a name, a note, a value from a link), isolated so its direction cannot
 * reorder what is around it: every such string in HTML goes through this (see lib/bidi.ts for
 * SVG and exports).
 */
export function Bidi({ children }: { children: ReactNode }) {
  return <bdi>{children}</bdi>;
}

const SLOT = '\u0000';

/**
 * A translated sentence with one data value in it, the value isolated:
 * `<WithIsolated text={t('key', { values: SLOT })} value={…} />` — pass `slot` as the
 * placeholder's value.
 */
export function WithIsolated({ text, value }: { text: string; value: ReactNode }) {
  const at = text.indexOf(SLOT);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <bdi>{value}</bdi>
      {text.slice(at + SLOT.length)}
    </>
  );
}
WithIsolated.slot = SLOT;
