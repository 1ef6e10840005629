import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSource } from '../../src/lib/sources/index.ts';
import { ROOT } from '../helpers.ts';
import { makeDocx, makeHtml, paragraphsOf } from '../make-sources.ts';

/** npm run add in a scratch project root: the folder, the copied file, a drafted meta.yml that the build accepts. */
const root = mkdtempSync(join(tmpdir(), 'policy-add-'));
mkdirSync(join(root, 'content/sources'), { recursive: true });
cpSync(join(ROOT, 'content/dictionaries'), join(root, 'content/dictionaries'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));
const add = (...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/add.ts'), ...args], { encoding: 'utf8', cwd: root });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
};
const meta = (id: string) => readFileSync(join(root, 'content/sources', id, 'meta.yml'), 'utf8');

describe('npm run add', () => {
  it('a Word file of the 2024 plan: type, script, signature date, issuer and document number drafted, each marked', async () => {
    const file = join(root, 'plan.docx');
    writeFileSync(file, await makeDocx(paragraphsOf(readFileSync(join(ROOT, 'content/sources/urbanization-action-plan-2024-2025/source.txt'), 'utf8'))));
    const r = add(file, '--id', 'plan-2024');
    expect(r.status, r.out).toBe(0);
    const m = meta('plan-2024');
    expect(m).toMatch(/^type: policy {2}# guessed/m);
    expect(m).toMatch(/^script: hant {2}# detected/m);
    expect(m).toMatch(/^date: 2024-01-19 {2}# guessed from the signature date/m);
    expect(m).toMatch(/^issuer: 山东省人民政府 {2}# guessed/m);
    expect(m).toMatch(/^docNumber: 鲁政发〔2024〕1号 {2}# from the text/m);
    expect(m).toMatch(/^title: 山东省人民政府关于印发山东省新型城镇化建设行动方案/m);
    // the draft is a valid meta.yml and agrees with what the pipeline reads from the text
    expect((await readSource(join(root, 'content/sources'), 'plan-2024')).meta.date).toBe('2024-01-19');
  });
  it("a saved page: title and date are the page's facts, left as comments; a folder holding one page is taken as that page", async () => {
    const folder = join(root, 'saved');
    mkdirSync(join(folder, 'page_files'), { recursive: true });
    writeFileSync(
      join(folder, 'page.html'),
      makeHtml(
        [['9月18日，全省城市工作会议在济南召开。会议指出，要推动城市高质量发展。']],
        { title: '全省城市工作会议召开', published: '2025-09-18T21:05', source: '大众日报' },
        'gbk',
      ),
    );
    const r = add(folder, '--id', 'conference');
    expect(r.status, r.out).toBe(0);
    const m = meta('conference');
    expect(m).toMatch(/^# title: 全省城市工作会议召开 {2}\(read from the file/m);
    expect(m).toMatch(/^# published: 2025-09-18T21:05/m);
    expect(m).not.toMatch(/^title:/m);
    const read = await readSource(join(root, 'content/sources'), 'conference');
    expect([read.meta.title, read.meta.date, read.meta.type, read.file]).toEqual([
      '全省城市工作会议召开',
      '2025-09-18',
      'news',
      'content/sources/conference/source.html',
    ]);
  });
  it('a resolution put online weeks later: a policy, dated by the adoption the text states, not by the page', async () => {
    const file = join(root, 'resolution.html');
    const paras = [['（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）'], ['第十届全国人民代表大会常务委员会第二十八次会议审议了国务院的议案，决定批准财政部发行特别国债。']];
    writeFileSync(file, makeHtml(paras, { title: '全国人民代表大会常务委员会关于批准财政部发行特别国债的决议', published: '2007-08-20T23:59', source: '中国政府网' }));
    const r = add(file, '--id', 'resolution');
    expect(r.status, r.out).toBe(0);
    const m = meta('resolution');
    expect(m).toMatch(/^type: policy {2}# guessed/m);
    expect(m).toMatch(/^date: 2007-06-29 {2}# guessed from the date the text says it was adopted or issued; the file's own date, 2007-08-20, is when it was put online/m);
    expect((await readSource(join(root, 'content/sources'), 'resolution')).meta.date).toBe('2007-06-29');
  });
  it('refuses to overwrite a folder, and a file it cannot read leaves no folder behind', () => {
    const r = add(join(root, 'plan.docx'), '--id', 'plan-2024');
    expect(r.status).toBe(1);
    expect(r.out).toMatch(/content\/sources\/plan-2024 exists already: nothing overwritten/);
    writeFileSync(join(root, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const bad = add(join(root, 'old.doc'));
    expect(bad.status).toBe(1);
    expect(bad.out).toMatch(/source\.doc: old Word format/);
    writeFileSync(join(root, '通知.txt'), '一、总体要求\n');
    const unnamed = add(join(root, '通知.txt'));
    expect(unnamed.status).toBe(2);
    expect(unnamed.out).toMatch(/no doc id can be made from “通知\.txt”: give one with --id/);
  });
});
