import type { Rule } from './rule';
import notALetter from './not-a-letter';
import htmlResidue from './html-residue';
import runTogetherBullets from './run-together-bullets';
import splitParagraph from './split-paragraph';
import bulletStyle from './bullet-style';
import confusedWord from './confused-word';

/** Every rule, in the order their documentation lists them. */
export const allRules: readonly Rule[] = [notALetter, htmlResidue, runTogetherBullets, splitParagraph, bulletStyle, confusedWord];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
