export {
  BUNDLE_SEQUENCE_MAX,
  CASE_SEQUENCE_MAX,
  TERMINAL_MAX,
  compareCaseNumbers,
  formatCaseNumber,
  makeBundleNumber,
  parseBundleNumber,
  parseCaseNumber,
  parseServiceNumber,
} from './case-number';
export type { CaseNumber, CaseNumberErrorCode, CaseNumberParts, ServiceNumberKind } from './case-number';
export { nextSequence } from './allocate';
export type { AllocationErrorCode, IssuePosition } from './allocate';
export { CHECK_ALPHABET, checkCharacter } from './check-character';
