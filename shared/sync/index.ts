export * from './checkpoint';
export * from './contract';
export * from './problem';
export * from './canonical';
export * from './reference-docs';
export * from './reconciliation';
