import type { PartId } from './template';

/**
 * The part ids that generic code knows by the role they play in any document that has them: the
 * letter's head (letterhead, date, addressee, salutation), its title, its sign-off and copy list. A
 * template that has such a part uses this id for it; every other part id belongs to its template
 * alone, and only that template's own rules name it. Written here once.
 */
export const ROLE = {
  letterhead: 'letterhead',
  letterDate: 'letterDate',
  addressee: 'addressee',
  salutation: 'salutation',
  title: 'title',
  signOff: 'signOff',
  copyList: 'copyList',
} as const satisfies Record<string, PartId>;
