export { IdCardReader, mapVendorAnswer } from './reader';
export type { IdCardData, IdCardErrorCode, IdCardReaderOptions, IdCardReaderStatus } from './reader';
export { IdCardSimulator } from './simulator';
export type { SimulatedCard, SimulatorMode } from './simulator';
export { createIdCardHandlers } from './ipc-handlers';
