// npm run content [-- --check]: content/sources → content/generated/{zh-hans,zh-hant}/<id>.mdx
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalogEntry, catalogInOrder, isDocumentFile, type CatalogFile } from '../src/lib/catalog.ts';
import { documentText } from '../src/lib/data/document.ts';
import { localeIds, locales } from '../src/lib/i18n/locales.ts';
import { createConverters } from '../src/lib/opencc.ts';
import { buildCorpus, convertDocument } from '../src/lib/pipeline/index.ts';
import { restorer } from '../src/lib/pipeline/restore.ts';
import { emitMdx } from '../src/lib/pipeline/emit-mdx.ts';
import { searchMapOf } from '../src/lib/pipeline/search-map.ts';
import { extractEvents } from '../src/lib/pipeline/events.ts';
import { extractTargets, targetIndexOf, type Target } from '../src/lib/pipeline/targets.ts';
import { groupBy } from '../src/lib/slices.ts';
import { extractTerms, termHeadOf, termUsesOf } from '../src/lib/pipeline/terms.ts';
import { ContentError } from '../src/lib/schema/friendly.ts';
import { placeError, readDictionaries, readSources } from '../src/lib/sources.ts';

type Generated = { reports: ReturnType<typeof buildCorpus>['reports']; figures: { all: number; unnamed: number }; count: number };

/** A generated file's text: whole, or in pieces (a whole-library file, events.json or a term's uses at 10,000 documents, is written
 * piece by piece rather than made into one string). */
export type Text = string | Iterable<string>;

/** `{"zh-hans":[…],"zh-hant":[…]}` as JSON.stringify writes it, one row at a time: each zh-Hant row is made from its
 * zh-Hans row as it is written, not kept. */
export function* byScript<T>(rows: readonly T[], toHant: (row: T) => unknown): Generator<string> {
  function* list(key: string, row: (r: T) => unknown) {
    yield `${JSON.stringify(key)}:[`;
    for (const [i, r] of rows.entries()) yield `${i ? ',' : ''}${JSON.stringify(row(r))}`;
    yield ']';
  }
  yield '{';
  yield* list('zh-hans', (r) => r);
  yield ',';
  yield* list('zh-hant', toHant);
  yield '}\n';
}

/** The corpus built from the sources under `root`, and each source's original file; the sources' text is not kept (a
 * large library's sources are read whole, 100 MB at 10,000 documents, and are done with once built). */
async function corpusOf(root: string, toSimplified: Parameters<typeof buildCorpus>[1]) {
  const sources = await readSources(root);
  try {
    return { ...buildCorpus(sources, toSimplified), originals: new Map(sources.map((s) => [s.id, s.original])) };
  } catch (e) {
    throw placeError(e, sources);
  }
}

/** Every generated file of the sources under `root`, handed to `emit` as soon as it is made (content/generated-relative
 * name, text): nothing keeps a library's 800 MB of output in memory. */
export async function generateInto(root: string, emit: (file: string, text: Text) => void): Promise<Generated> {
  const conv = createConverters(readDictionaries(root));
  const { docs, reports, shadows, originals } = await corpusOf(root, conv.toSimplified);
  const reportOf = new Map(reports.map((r) => [r.id, r]));
  const catalog = new Map<string, CatalogFile>();
  let count = 0;
  const put = (f: string, text: Text) => {
    if (isDocumentFile(f) && typeof text === 'string') catalog.set(f, catalogEntry(f, text));
    emit(f, text);
    count++;
  };
  const searchMap = searchMapOf(conv.toTraditional);
  const terms = extractTerms(docs);
  const termIds: Record<string, Map<string, string>> = {
    hans: new Map(terms.map((t) => [t.term, t.id])),
    hant: new Map(terms.map((t) => [conv.toTraditional(t.term), t.id])),
  };
  for (const doc of docs) {
    // a Traditional source's zh-Hant page is its own text (residue repaired); a Simplified one's is converted
    const shadow = shadows.get(doc.meta.id);
    const own = shadow && restorer(shadow, conv.toTraditional, (s) => conv.repairResidue(s, doc.meta.region));
    const hant = convertDocument(doc, own?.toTraditional ?? conv.toTraditional);
    if (own) reportOf.get(doc.meta.id)!.script = own.stats;
    searchMap.add(doc, hant);
    put(`data/${doc.meta.id}.json`, `${JSON.stringify(documentText(doc, hant))}\n`);
    for (const locale of localeIds) {
      const l = locales[locale];
      const out = l.script === 'hans' ? doc : hant;
      put(`${locale}/${doc.meta.id}.mdx`, emitMdx(out, { locale, lang: l.lang, sourcePath: `content/sources/${doc.meta.id}/`, terms: termIds[l.script], original: originals.get(doc.meta.id) }));
    }
  }
  put('catalog.json', `${JSON.stringify(catalogInOrder(catalog))}\n`);
  put('search-map.json', `${JSON.stringify(searchMap.finish())}\n`);
  const targets = extractTargets(docs);
  const hant = (v: string | undefined) => (v === undefined ? undefined : conv.toTraditional(v));
  const targetHant = (t: Target) => ({ ...t, sentence: hant(t.sentence), text: hant(t.text), unit: hant(t.unit), qualifier: hant(t.qualifier), indicator: hant(t.indicator), change: hant(t.change), lead: hant(t.lead) });
  for (const [doc, rows] of groupBy(targets, (t) => t.doc)) put(`targets/${doc}.json`, byScript(rows, targetHant));
  put('targets.json', `${JSON.stringify(targetIndexOf(targets))}\n`);
  put('events.json', byScript(extractEvents(docs), (e) => ({ ...e, sentence: conv.toTraditional(e.sentence) })));
  // terms, computed in Simplified: each term's uses in a file of its own, the list of terms (zh-Hant converted) as their index
  for (const t of terms) put(`terms/${t.id}.json`, `${JSON.stringify(termUsesOf(t))}\n`);
  put('terms.json', byScript(terms.map(termHeadOf), (t) => ({ ...t, term: conv.toTraditional(t.term) })));
  return { reports, figures: { all: targets.length, unnamed: targets.filter((t) => !t.indicator).length }, count };
}

/** Every generated file, kept: for a preview's or a test's comparison with content/generated. */
export async function generate(root: string): Promise<Generated & { files: Map<string, string> }> {
  const files = new Map<string, string>();
  return { ...(await generateInto(root, (f, text) => files.set(f, whole(text)))), files };
}

const whole = (text: Text): string => (typeof text === 'string' ? text : [...text].join(''));

async function main(): Promise<number> {
  const root = resolve('.');
  const check = process.argv.includes('--check');
  const outDir = join(root, 'content/generated');
  // Write everything into a fresh folder, then swap: a failed run never leaves half the files replaced. --check
  // compares each file as it is made instead.
  const tmp = join(root, 'content/.generated-tmp');
  rmSync(tmp, { recursive: true, force: true });
  const stale: string[] = [];
  const write = (f: string, text: Text) => {
    mkdirSync(join(tmp, f, '..'), { recursive: true });
    if (typeof text === 'string') return writeFileSync(join(tmp, f), text);
    const fd = openSync(join(tmp, f), 'w');
    try {
      // in writes of about 64 K characters, not one a row
      let buffered = '';
      for (const piece of text) {
        buffered += piece;
        if (buffered.length < 1 << 16) continue;
        writeSync(fd, buffered);
        buffered = '';
      }
      writeSync(fd, buffered);
    } finally {
      closeSync(fd);
    }
  };
  const compare = (f: string, text: Text) => {
    if (!existsSync(join(outDir, f)) || readFileSync(join(outDir, f), 'utf8') !== whole(text)) stale.push(f);
  };
  let result: Generated;
  try {
    result = await generateInto(root, check ? compare : write);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (e instanceof ContentError) {
      console.error(`content error: ${e.message}`);
      return 1;
    }
    throw e;
  }
  if (check) {
    for (const f of stale) console.error(`stale: content/generated/${f}`);
    return stale.length ? 1 : 0;
  }
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);
  for (const r of result.reports) {
    const c = Object.entries(r.counts).filter(([, v]) => v).map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${r.id}: ${c} (pinyin removed ${r.clean.pinyin}, spaces ${r.clean.spacePolicy}, punctuation widened ${r.clean.widened}, page breaks joined ${r.clean.joins})`);
    if (r.script) console.log(`  zh-Hant from the source's own text: ${r.script.restored} characters, ${r.script.repaired} of them repaired residue; ${r.script.converted} converted (not in the source)`);
    for (const w of r.warnings) console.warn(`  warning: ${w}`);
  }
  console.log(`targets: ${result.figures.all} figures, ${result.figures.unnamed} without an indicator the text states clearly`);
  console.log(`wrote ${result.count} files to content/generated (${readdirSync(outDir).join(', ')})`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
