// npm run add -- <file or folder> [--id <doc-id>]: content/sources/<id>/ with the file as source.<ext> and a drafted meta.yml
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { createConverters } from '../src/lib/opencc.ts';
import { ContentError } from '../src/lib/schema/friendly.ts';
import { readDictionaries } from '../src/lib/sources.ts';
import { draftMeta } from '../src/lib/sources/draft.ts';
import { FORMATS, findSourceFile } from '../src/lib/sources/files.ts';
import { readFile } from '../src/lib/sources/index.ts';

const USAGE = 'usage: npm run add -- <file or folder> [--id <doc-id>]';

/** A folder (a page saved “complete”, with its _files folder) holds one readable file: that one. */
function pickFile(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path).filter((f) => statSync(join(path, f)).isFile() && /\.(txt|docx|html?|pdf|doc)$/i.test(f));
  if (files.length !== 1)
    throw new Error(`${path}: expected one .txt, .docx, .html or .pdf file in the folder, found ${files.length ? files.join(', ') : 'none'}`);
  return join(path, files[0]!);
}

async function main(args: string[]): Promise<number> {
  const at = args.indexOf('--id');
  const id = at >= 0 ? args[at + 1] : undefined;
  const input = args.find((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
  if (!input || (at >= 0 && !id)) return (console.error(USAGE), 2);
  const root = resolve('.');
  const file = pickFile(resolve(input));
  const ext = extname(file).slice(1).toLowerCase();
  const docId =
    id ??
    basename(file, extname(file))
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(docId))
    return (console.error(`no doc id can be made from “${basename(file)}”: give one with --id (kebab-case a-z, 0-9, -)`), 2);
  const rel = `content/sources/${docId}`;
  const dir = join(root, rel);
  if (existsSync(dir)) return (console.error(`${rel} exists already: nothing overwritten (choose another --id, or remove the folder)`), 1);
  mkdirSync(dir, { recursive: true });
  try {
    copyFileSync(file, join(dir, `source.${ext}`));
    const found = findSourceFile(dir, rel);
    const read = await readFile(join(dir, found.name), `${rel}/${found.name}`, FORMATS[ext as keyof typeof FORMATS]);
    const draft = draftMeta(read.raw, read.facts, createConverters(readDictionaries(root)));
    writeFileSync(join(dir, 'meta.yml'), draft.yaml);
    console.log(`${rel}/${found.name} (${found.bytes} bytes) and ${rel}/meta.yml:\n\n${draft.yaml}`);
    console.log(draft.guessed.length ? `review the guessed keys (${draft.guessed.join(', ')}), then npm run build` : 'then npm run build');
    return 0;
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    if (e instanceof ContentError) return (console.error(`content error: ${e.message}`), 1);
    throw e;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));
