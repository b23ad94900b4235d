/** Follow-up of the previous inspection: claims, markers, the previous letter and its areas. */
export { readClaims, splitTopics, type AreaKind, type Claim, type ClaimReading, type NamedTopic } from './claims';
export { findMarkers, markersIn, type Marker } from './markers';
export { followupPhrases, compilePhrases, type OutcomeId, type Expectation } from './phrases';
export { topicTerms, topicSimilarity, topicCoverage, sharedTerms, stem, MATCH_THRESHOLD, type TopicTerms } from './terms';
export {
  selectPreviousLetter,
  CandidateIndex,
  parsePreviousDirective,
  previousLink,
  resolveLinkPath,
  councilOf,
  inspectionDate,
  type PreviousLink,
  type SelectOptions,
} from './previous-letter';
export { councilKey, readCouncil, sameCouncil, type CouncilName } from '../council-name';
export { accountFor, areasOf, matchAreas, previousAreaForMarker, type Accounting, type Area, type AreaMatch } from './account';
