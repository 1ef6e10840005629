export { structurePolicy, type PolicyFacts } from './policy.ts';
export { structureTranscript, normalise } from './transcript.ts';
export { structureNews } from './news.ts';
