import list from './hyphenated-compounds.json';

/**
 * The hyphenated compounds of the real documents by their joined form (`decisionmaking` →
 * `decision-making`): where `pdftotext` dropped a line-end hyphen, the joined form is the compound.
 * The list is generated (scripts/generate-hyphen-compounds.ts) so that every repair in it is sure.
 */
export const compoundsByJoinedForm: ReadonlyMap<string, string> = new Map(list.compounds.map((c) => [c.replace('-', ''), c]));
