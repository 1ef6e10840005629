export { structurePolicy, withoutTitleLine, type PolicyFacts } from './policy.ts';
export { structureTranscript } from './transcript.ts';
export { structureNews } from './news.ts';
