import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TARGET_COLUMNS } from '../../src/lib/data/targets.ts';
import { DIST, generatedTargets, ROOT } from '../helpers.ts';

/** A CSV parser of its own (RFC 4180: quoted fields, doubled quotes), so the test reads what Excel reads. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

type Figure = { doc: string; id: string; text: string; indicator?: string; value: number };
const generated: Record<string, Figure[]> = { 'zh-hans': generatedTargets<Figure>('zh-hans'), 'zh-hant': generatedTargets<Figure>('zh-hant') };

describe('targets as open data', () => {
  const raw = readFileSync(join(DIST, 'targets.csv'));
  const rows = parseCsv(raw.toString('utf8').replace(/^\uFEFF/, ''));
  it('targets.csv is UTF-8 with a byte order mark, one row per figure, with the documented columns', () => {
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rows[0]).toEqual([...TARGET_COLUMNS]);
    expect(rows.length - 1).toBe(generated['zh-hans']!.length);
    for (const r of rows) expect(r).toHaveLength(TARGET_COLUMNS.length);
  });
  it('each row reads back: both scripts’ indicator, the value as a number without its magnitude in the unit, an anchor URL', () => {
    const col = (name: (typeof TARGET_COLUMNS)[number]) => TARGET_COLUMNS.indexOf(name);
    const byFigure = (figure: string) => rows.find((r) => r[col('figure')] === figure)!;
    const plan = byFigure('67%以上');
    expect(plan[col('indicator_zh_hans')]).toBe('常住人口城镇化率');
    expect(plan[col('indicator_zh_hant')]).toBe('常住人口城鎮化率');
    expect([plan[col('value')], plan[col('unit')], plan[col('qualifier')], plan[col('deadline')], plan[col('kind')]]).toEqual(['67', '%', '以上', '2025', 'target']);
    expect(plan[col('url_zh_hant')]).toMatch(/\/zh-hant\/urbanization-action-plan-2024-2025\/#p-\d+$/);
    const iot = byFigure('2.5亿个');
    expect([iot[col('value')], iot[col('unit')]]).toEqual(['250000000', '个']);
    expect(iot[col('lead')]).toContain('省工业和信息化厅');
    // every row's anchor exists on its page, in both scripts
    for (const r of rows.slice(1)) {
      for (const l of ['zh-hans', 'zh-hant']) {
        const html = readFileSync(join(DIST, l, r[col('doc')]!, 'index.html'), 'utf8');
        expect(html, `${l} ${r[col('doc')]}#${r[col('anchor')]}`).toContain(`id="${r[col('anchor')]}"`);
      }
    }
  });
  it('the parts by year of the document (data/targets/<year>/<n>.csv|json, listed by data/targets/index.json) together hold the same rows', () => {
    const index = JSON.parse(readFileSync(join(DIST, 'data/targets/index.json'), 'utf8')) as {
      columns: string[];
      rows: number;
      whole: { csv: string; json: string } | null;
      parts: { year: string; part: number; rows: number; documents: number; csv: string; json: string }[];
    };
    expect(index.columns).toEqual([...TARGET_COLUMNS]);
    expect(index.rows).toBe(rows.length - 1);
    expect(index.whole).toEqual({ csv: 'https://policy.example.org/targets.csv', json: 'https://policy.example.org/targets.json' });
    const csvRows: string[][] = [];
    const jsonRows: unknown[] = [];
    for (const p of index.parts) {
      const path = `data/targets/${p.year}/${p.part}`;
      expect([p.csv, p.json]).toEqual([`https://policy.example.org/${path}.csv`, `https://policy.example.org/${path}.json`]);
      const part = parseCsv(readFileSync(join(DIST, `${path}.csv`), 'utf8').replace(/^\uFEFF/, ''));
      expect(part[0]).toEqual([...TARGET_COLUMNS]);
      expect(part.length - 1).toBe(p.rows);
      expect(new Set(part.slice(1).map((r) => r[0])).size).toBe(p.documents);
      csvRows.push(...part.slice(1));
      const json = JSON.parse(readFileSync(join(DIST, `${path}.json`), 'utf8')) as { rows: unknown[] };
      jsonRows.push(...json.rows);
    }
    const key = (r: string[]) => `${r[0]} ${r[1]} ${r[4]}`;
    expect(csvRows.map(key).sort()).toEqual(rows.slice(1).map(key).sort());
    expect(csvRows.sort()).toEqual(rows.slice(1).sort());
    const whole = JSON.parse(readFileSync(join(DIST, 'targets.json'), 'utf8')) as { rows: unknown[] };
    const str = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
    expect(str(jsonRows)).toEqual(str(whole.rows));
  });
  it('targets.json holds the same rows, with numbers as numbers; both are listed in manifest.json and linked from the page', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'targets.json'), 'utf8')) as { columns: string[]; rows: Record<string, unknown>[] };
    expect(json.columns).toEqual([...TARGET_COLUMNS]);
    expect(json.rows.map((r) => r.value)).toEqual(generated['zh-hans']!.map((t) => t.value));
    expect(json.rows.map((r) => String(r.indicator_zh_hans))).toEqual(rows.slice(1).map((r) => r[TARGET_COLUMNS.indexOf('indicator_zh_hans')]));
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { data: { path: string }[] };
    // the manifest's data list also holds the documents' JSON and the feeds (tests/dist/open-data.test.ts)
    const targets = manifest.data.filter((d) => /\/targets\.[a-z]+$/.test(d.path));
    expect(targets.map((d) => d.path.split('/').at(-1))).toEqual(['targets.csv', 'targets.json']);
    expect(manifest.data.map((d) => d.path)).toContain('/data/targets/index.json');
    for (const l of ['zh-hans', 'zh-hant']) {
      const page = readFileSync(join(DIST, l, 'targets', 'index.html'), 'utf8');
      for (const d of targets) expect(page).toContain(`href="${d.path}"`);
      expect(page).toContain('href="/data/targets/index.json"');
    }
  });
});
