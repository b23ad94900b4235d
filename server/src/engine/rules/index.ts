import type { Rule } from './rule';
import notALetter from './not-a-letter';

/** Every rule, in the order their documentation lists them. */
export const allRules: readonly Rule[] = [notALetter];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
