// npm run check:conversion: report characters converted against the majority rendering of the same word.
import { resolve } from 'node:path';
import { createConverters } from '../src/lib/opencc.ts';
import { checkConversion } from '../src/lib/pipeline/convert-check.ts';
import { buildCorpus } from '../src/lib/pipeline/index.ts';
import { textsOf } from '../src/lib/pipeline/tree.ts';
import { readDictionaries, readSources } from '../src/lib/sources.ts';

export async function corpusPairs(root: string): Promise<[string, string][]> {
  const conv = createConverters(readDictionaries(root));
  const { docs } = buildCorpus(await readSources(root), conv.toSimplified);
  const texts = docs.flatMap((d) => textsOf(d.blocks));
  return texts.map((s) => [s, conv.toTraditional(s)]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = checkConversion(await corpusPairs(resolve('.')));
  console.log(`${report.chars} Simplified characters have more than one Traditional rendering in the corpus`);
  for (const f of report.findings) console.log(`${f.word}: ${f.rendered} ×${f.count} vs majority ${f.majority}  (${f.context})`);
  for (const t of report.traps) console.log(`trap: ${t}`);
  console.log(`${report.findings.length} minority renderings, ${report.traps.length} traps`);
  process.exitCode = report.traps.length ? 1 : 0;
}
