import type { Rule } from './rule';
import notALetter from './not-a-letter';
import missingPart from './missing-part';
import partOrder from './part-order';
import duplicatePart from './duplicate-part';
import fixedSentence from './fixed-sentence';
import emptySection from './empty-section';
import findingOutsideSection from './finding-outside-section';
import headingWording from './heading-wording';
import unrecognisedParagraph from './unrecognised-paragraph';
import htmlResidue from './html-residue';
import runTogetherBullets from './run-together-bullets';
import splitParagraph from './split-paragraph';
import pageResidue from './page-residue';
import letterheadInterleaved from './letterhead-interleaved';
import droppedHyphen from './dropped-hyphen';
import bulletStyle from './bullet-style';
import confusedWord from './confused-word';
import summaryMatchesSections from './summary-matches-sections';
import closingMatchesPriorityAction from './closing-matches-priority-action';
import headlineMatchesPriorityAction from './headline-matches-priority-action';
import salutationNamesAddressee from './salutation-names-addressee';
import councilConsistent from './council-consistent';
import copyList from './copy-list';
import dateValid from './date-valid';
import inspectionDays from './inspection-days';
import letterDate from './letter-date';
import previousInspectionDate from './previous-inspection-date';
import inspectorTitle from './inspector-title';
import inspectorSignature from './inspector-signature';
import previousClaimUnread from './previous-claim-unread';
import previousAddressedButCarried from './previous-addressed-but-carried';
import previousCountMismatch from './previous-count-mismatch';
import previousTopicUnmarked from './previous-topic-unmarked';
import previousMarkerOutsideAreas from './previous-marker-outside-areas';
import previousParagraphMissing from './previous-paragraph-missing';
import previousAreaUnaccounted from './previous-area-unaccounted';
import previousAreaUnmarked from './previous-area-unmarked';
import previousMonthMismatch from './previous-month-mismatch';
import unfilledPlaceholder from './unfilled-placeholder';
import spelling from './spelling';
import previousLinkBroken from './previous-link-broken';
import judgementTable from './judgement-table';
import judgementSections from './judgement-sections';
import judgementGrade from './judgement-grade';
import reportInspectorTitle from './report-inspector-title';
import reportTitle from './report-title';
import inspectionDates from './inspection-dates';
import runningFooter from './running-footer';
import paragraphNumbers from './paragraph-numbers';
import improvementList from './improvement-list';
import summaryPreviousInspection from './summary-previous-inspection';
import valediction from './valediction';
import previousItemUnmentioned from './previous-item-unmentioned';
import previousItemRelisted from './previous-item-relisted';

/** Every rule, in the order their documentation lists them. */
export const allRules: readonly Rule[] = [
  notALetter,
  missingPart,
  partOrder,
  duplicatePart,
  fixedSentence,
  emptySection,
  findingOutsideSection,
  headingWording,
  unrecognisedParagraph,
  htmlResidue,
  runTogetherBullets,
  splitParagraph,
  pageResidue,
  letterheadInterleaved,
  droppedHyphen,
  bulletStyle,
  confusedWord,
  summaryMatchesSections,
  closingMatchesPriorityAction,
  headlineMatchesPriorityAction,
  salutationNamesAddressee,
  councilConsistent,
  copyList,
  dateValid,
  inspectionDays,
  letterDate,
  previousInspectionDate,
  inspectorTitle,
  valediction,
  inspectorSignature,
  previousClaimUnread,
  previousAddressedButCarried,
  previousCountMismatch,
  previousTopicUnmarked,
  previousMarkerOutsideAreas,
  previousParagraphMissing,
  previousAreaUnaccounted,
  previousAreaUnmarked,
  previousMonthMismatch,
  previousLinkBroken,
  judgementTable,
  judgementSections,
  judgementGrade,
  reportInspectorTitle,
  reportTitle,
  inspectionDates,
  runningFooter,
  paragraphNumbers,
  improvementList,
  summaryPreviousInspection,
  previousItemUnmentioned,
  previousItemRelisted,
  unfilledPlaceholder,
  spelling,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}
