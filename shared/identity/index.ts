export { parseResidentId, residentIdCheckChar } from './resident-id';
export type { ResidentId, ResidentIdErrorCode } from './resident-id';
export {
  CREDIT_CODE_ALPHABET,
  creditCodeCheckChar,
  isOverridableCreditCodeError,
  parseCreditCode,
} from './credit-code';
export type { CreditCode, CreditCodeErrorCode } from './credit-code';
export { parsePhone, parsePostalCode } from './phone';
export type { Phone, PhoneErrorCode, PostalCodeErrorCode } from './phone';
export { maskCreditCode, maskName, maskPhone, maskResidentId } from './mask';
export { divisionName, findDivision, isKnownDivisionCode } from './divisions';
export type { Division, DivisionLevel, DivisionName } from './divisions';
export { DIVISION_DATA_AS_OF } from './divisions-data';
