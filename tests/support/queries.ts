import { screen, within } from '@testing-library/react';

/** A panel or page section, by its heading (sections are labelled by their headings). */
export function findRegion(name: RegExp | string) {
  return screen.findByRole('region', { name });
}

/** A table row, by the name of its "open details" link. */
export function rowOf(table: HTMLElement, name: RegExp) {
  const link = new RegExp(`open details for ${name.source}`, 'i');
  const row = within(table)
    .getAllByRole('row')
    .find((candidate) => within(candidate).queryByRole('link', { name: link }));
  if (!row) throw new Error(`no row with a link named ${link}`);
  return row;
}

/** A headline figure's value (a `dd` labelled by its `dt`). */
export function figure(label: RegExp | string) {
  return screen.getByRole('definition', { name: label });
}
