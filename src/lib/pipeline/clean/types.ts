import type { HeaderFacts } from './header.ts';

/** A line of the source with its 1-based line number in source.txt, kept for error messages. */
export interface Line {
  n: number;
  text: string;
  /** a paragraph of its own whatever the lines around it (a Markdown heading) */
  alone?: boolean;
}

/** Facts taken out of boilerplate lines: kept as metadata, not as body text. */
export interface Extracted {
  source?: string;
  published?: string;
  credit?: string;
  pageLabels?: string[];
  /** a news lead wrapped around an official text (before 原文如下) */
  abstract?: string;
  /** the first line when it is the source's own title */
  sourceTitle?: string;
  /** a government site's header table above the text: 发文字号, 发文机关, 成文日期, 发布日期 … */
  header?: HeaderFacts;
  dropped: Line[];
}

/** A blank-line separated block (or one line, in sources without blank lines). */
export interface Block {
  n: number;
  lines: string[];
}

export interface Sidebar {
  n: number;
  title: string;
  items: { heading: string; text: string }[];
}
