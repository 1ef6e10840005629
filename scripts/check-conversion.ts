// npm run check:conversion: report characters converted against the majority rendering of the same word.
import { resolve } from 'node:path';
import { createConverters } from '../src/lib/opencc.ts';
import { checkConversion } from '../src/lib/pipeline/convert-check.ts';
import { buildCorpus, type Block } from '../src/lib/pipeline/index.ts';
import { readDictionaries, readSources } from '../src/lib/sources.ts';

export function corpusPairs(root: string): [string, string][] {
  const conv = createConverters(readDictionaries(root));
  const { docs } = buildCorpus(readSources(root), conv.toSimplified);
  const texts: string[] = [];
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.kind === 'para') texts.push(b.text + (b.note ?? ''));
      else if (b.kind === 'heading') texts.push(b.text);
      else if (b.kind === 'aside') texts.push(b.title, ...b.items.flatMap((i) => [i.heading, i.text]));
      else if (b.kind === 'section') {
        texts.push(b.title);
        walk(b.children);
      } else walk(b.children);
    }
  };
  for (const d of docs) walk(d.blocks);
  return texts.map((s) => [s, conv.toTraditional(s)]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = checkConversion(corpusPairs(resolve('.')));
  console.log(`${report.chars} Simplified characters have more than one Traditional rendering in the corpus`);
  for (const f of report.findings) console.log(`${f.word}: ${f.rendered} ×${f.count} vs majority ${f.majority}  (${f.context})`);
  for (const t of report.traps) console.log(`trap: ${t}`);
  console.log(`${report.findings.length} minority renderings, ${report.traps.length} traps`);
  process.exitCode = report.traps.length ? 1 : 0;
}
