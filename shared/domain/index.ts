export * from './ids.ts';
export * from './checks.ts';
export * from './prompt.ts';
export * from './golden.ts';
export * from './endpoint.ts';
export * from './run.ts';
export * from './audit.ts';
export * from './canonical.ts';
