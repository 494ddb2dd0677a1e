/** The matter catalog: model, personalised checklists, search, and the bundled data. */
export * from './vocabulary';
export * from './codes';
export * from './schema';
export * from './checklist';
export * from './search';
export * from './load';
export * from './limits';
export { defaultCatalog, defaultMatters } from './data';
