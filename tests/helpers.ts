import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText } from '../src/lib/html-entities.ts';

export const ROOT = new URL('..', import.meta.url).pathname;
export const DIST = join(ROOT, 'dist');

/** Visible text of a built page: head, scripts and tags removed, entities decoded. */
export function pageText(html: string): string {
  const text = html
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<a class="anchor"[^>]*>#<\/a>/g, '')
    .replace(/<[^>]+>/g, '');
  return decodeText(text);
}

export const readPage = (locale: string, id: string): string => readFileSync(join(DIST, locale, id, 'index.html'), 'utf8');

/**
 * Characters in a Traditional text that a Traditional reader should not see: they change under cn→tw and occur neither
 * in the converter's own zh-Hant output nor in the hand-written zh-Hant UI strings (记 in a label left in Simplified).
 * 里, 干, 于 stay legitimate because the converter itself writes them (公里, 若干, the surname 于).
 */
export function simplifiedResidue(text: string, toTraditional: (s: string) => string): string[] {
  const out: string[] = [];
  const chars = [...text];
  chars.forEach((c, i) => {
    if (!/\p{sc=Han}/u.test(c) || toTraditional(c) === c || traditionalRepertoire().has(c)) return;
    out.push(chars.slice(Math.max(0, i - 3), i + 4).join(''));
  });
  return out;
}

let repertoire: Set<string> | undefined;
function traditionalRepertoire(): Set<string> {
  if (!repertoire) {
    const dir = join(ROOT, 'content/generated/zh-hant');
    const texts = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
    texts.push(readFileSync(join(ROOT, 'src/lib/i18n/ui.zh-Hant.json'), 'utf8'));
    repertoire = new Set(texts.join('').match(/\p{sc=Han}/gu) ?? []);
  }
  return repertoire;
}

/** Page text without elements that are deliberately in the other script (the language switch: lang="zh-Hans"). */
export const withoutOtherScript = (html: string, lang: string): string => html.replace(new RegExp(`<a [^>]*lang="${lang}"[^>]*>[^<]*</a>`, 'g'), '');

/** Every figure the pipeline found, in one script, in its order: the documents listed by content/generated/targets.json,
 * each one's figures from content/generated/targets/<document>.json. */
/** Every term of one script with its uses, from the index (terms.json) and each term's file. */
export function generatedTerms(locale: string): { id: string; term: string; uses: { doc: string; ids: string[] }[] }[] {
  const gen = join(ROOT, 'content/generated');
  const heads = (JSON.parse(readFileSync(join(gen, 'terms.json'), 'utf8')) as Record<string, { id: string; term: string }[]>)[locale]!;
  return heads.map((h) => ({ ...h, uses: JSON.parse(readFileSync(join(gen, 'terms', `${h.id}.json`), 'utf8')) }));
}

export function generatedTargets<T>(locale: string): T[] {
  const gen = join(ROOT, 'content/generated');
  const index = JSON.parse(readFileSync(join(gen, 'targets.json'), 'utf8')) as { docs: { doc: string }[] };
  return index.docs.flatMap((d) => (JSON.parse(readFileSync(join(gen, 'targets', `${d.doc}.json`), 'utf8')) as Record<string, T[]>)[locale]!);
}
