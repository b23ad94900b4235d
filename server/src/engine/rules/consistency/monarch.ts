import type { Letter } from '../../parse/model';
import { isoDate } from './calendar';

/**
 * Which of the template's two inspector titles (Her/His Majesty's Inspector) fit the letter's date:
 * the earlier before the change of monarch, the later after it, either on the day. A letter dated after
 * the change about a visit that ended before it may still say either (its words were drafted under the
 * old title: ILACS reports on summer-2022 fieldwork were published with Her after the change).
 * Undefined when the template has no such titles or the letter no date.
 */
export interface FittingTitles {
  accepted: string[];
  /** The title to write when the draft's does not fit: the later one whenever it is accepted. */
  expected: string;
  date: Date;
}

export function fittingTitles(letter: Letter): FittingTitles | undefined {
  const titles = letter.template.inspectorTitle;
  const date = letter.values.letterDate?.value.date;
  if (!titles || !date) return undefined;
  const change = isoDate(titles.changeDate);
  if (!change) return undefined;
  const { before, after } = titles;
  if (date < change) return { accepted: [before], expected: before, date };
  const visitEnded = letter.values.inspectionDays?.value.last.date;
  if (date.getTime() === change.getTime() || (visitEnded && visitEnded <= change)) return { accepted: [after, before], expected: after, date };
  return { accepted: [after], expected: after, date };
}
