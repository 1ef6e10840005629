/** The structured document: what the pipeline produces and the emitter renders. Text is always canonical Simplified
 *  until `convertDocument` maps every string field to the target script. */

export type DocType = 'policy' | 'transcript' | 'news' | 'interpretation';

/** A run of text. `id` is a stable ASCII anchor, identical in both scripts. */
/** A clause this passage quotes or paraphrases (computed by crosslinks.ts). */
export interface Cite {
  doc: string;
  id: string;
  /** the clause's marker as printed: （十二） or 9. */
  label: string;
  docType: DocType;
  /** the cited document's short name, 实施意见 (briefName): absent when its title has no genre word */
  docName?: string;
}

/** A passage elsewhere that cites this clause. */
export interface CitedBy {
  doc: string;
  id: string;
  docType: DocType;
}

/** Words of a paragraph that refer to an article or chapter (本办法第十二条, 《办法》第五条), and where they point. */
export interface Ref {
  text: string;
  doc: string;
  id: string;
  /** a note marker (①, [1]) linking to its note, or a note's own marker linking back to where it is cited */
  note?: 'marker' | 'back';
}

export interface Para {
  kind: 'para';
  id: string;
  text: string;
  cites?: Cite[];
  refs?: Ref[];
  /** presentational role: a lead-department note, an addressee line, a signature … */
  role?: 'addressee' | 'signature' | 'date' | 'publication-note' | 'doc-number' | 'byline' | 'notice' | 'intro' | 'point' | 'contents' | 'footnote';
  /** a lead-department note closing an item: （省发展改革委牵头） */
  note?: string;
}

export interface Heading {
  kind: 'heading';
  id: string;
  /** 2 = part / article headline, 3 = article / item / subhead / heading inside a turn, 4 = below those */
  level: 2 | 3 | 4;
  /** the marker as printed: 一、 （十二） 9. */
  num?: string;
  text: string;
  subtitle?: string;
  cites?: Cite[];
}

export interface Section {
  kind: 'section';
  id: string;
  /**
   * part = 一、; article = （一） or a regulation's 第十二条; item = 1.; news-article = one news article; notice = 通知;
   * sub = subhead; book = 第一编; chapter = 第三章; division = 第二节 (a chapter's section, or Taiwan's 款 heading in one);
   * annex = 附件1; qa = one question and its answer
   */
  role: 'part' | 'article' | 'item' | 'news-article' | 'notice' | 'plan' | 'sub' | 'book' | 'chapter' | 'division' | 'annex' | 'qa';
  num?: string;
  title: string;
  /** second heading line: a deck or sub-title */
  subtitle?: string;
  children: Block[];
  cites?: Cite[];
  citedBy?: CitedBy[];
}

export interface Speaker {
  name: string;
  position?: string;
  /** true when no source labels this turn and the attribution is editorial */
  inferred: boolean;
  /** where the attribution comes from: a doc id (the source's own label) or 'meta' */
  from: string;
  confidence?: 'high' | 'medium';
}

export interface Turn {
  kind: 'turn';
  id: string;
  turn: 'question' | 'answer' | 'host' | 'statement' | 'missing-question';
  speaker?: Speaker;
  /** for questions: the outlet of the reporter, when a source records it */
  outlet?: string;
  /** doc ids the text of this turn comes from */
  sources: string[];
  children: Block[];
}

export interface Aside {
  kind: 'aside';
  id: string;
  title: string;
  items: { heading: string; text: string }[];
}

/** A table as the source gives it: a header row when the first row is one, then one array of cells per row. */
export interface Table {
  kind: 'table';
  id: string;
  head?: string[];
  rows: string[][];
}

export type Block = Para | Heading | Section | Turn | Aside | Table;

/** One place where a variant source words a passage differently from the base text. */
export interface VariantDiff {
  turnId: string;
  base: string;
  variant: string;
}

export interface DocMeta {
  id: string;
  title: string;
  type: DocType;
  script: 'hans' | 'hant';
  /** a Traditional source's standard (tw, hk, mo) */
  region?: 'tw' | 'hk' | 'mo';
  date: string;
  dateNote?: string;
  issuer?: string;
  docNumber?: string;
  published?: string;
  publisher?: string;
  source?: string;
  credit?: string;
  sourceTitle?: string;
  abstract?: string;
  variantOf?: string;
  interprets?: string[];
  related?: string[];
}

export interface StructuredDoc {
  meta: DocMeta;
  blocks: Block[];
  /** set on a document that absorbed a variant source */
  variants?: { docId: string; title: string; diffs: VariantDiff[] }[];
  /** set on a variant source: the document it was merged into */
  mergedInto?: string;
}
