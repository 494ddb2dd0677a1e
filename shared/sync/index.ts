export * from './checkpoint';
export * from './contract';
export * from './problem';
export * from './canonical';
