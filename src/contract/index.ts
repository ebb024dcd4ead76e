// The API's answers, one file per resource: the server validates against these, the web infers its types from them.
export * from './common.ts';
export * from './unit.ts';
export * from './user.ts';
export * from './document.ts';
export * from './proposal.ts';
export * from './target.ts';
export * from './task.ts';
export * from './attachment.ts';
export * from './audit.ts';
export * from './indicator.ts';
export * from './reporting.ts';
export * from './rating.ts';
export * from './summary.ts';
export * from './congress.ts';
export * from './review.ts';
