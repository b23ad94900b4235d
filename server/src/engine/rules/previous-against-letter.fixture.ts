import { buildCase, loadCases, type BuiltCase } from '../../../../test/eval/build';
import type { PreviousLetter } from './rule';

/** A draft from the evaluation set with its previous letter, for the rules that compare the two. */
export function evalCase(id: string): BuiltCase & { previousLetter: PreviousLetter } {
  const spec = loadCases().find((c) => c.id === id);
  if (!spec) throw new Error(`no evaluation case ${id}`);
  const built = buildCase(spec);
  return { ...built, previousLetter: { uri: 'file:///letters/previous.txt', letter: built.previous } };
}
