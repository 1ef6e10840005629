import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/lib/sources/docx.ts';
import { makeDocx } from '../make-sources.ts';

const REL = 'content/sources/x/source.docx';
const fails = (bytes: Uint8Array) =>
  readDocx(bytes, REL).then(
    () => 'no error',
    (e: Error) => e.message,
  );

describe('Word reader (mammoth)', () => {
  it('headings, paragraphs, line breaks, a table as TAB rows and a footnote at the end with its marker', async () => {
    const bytes = await makeDocx(
      [['关于测试的通知'], ['一、总体要求'], ['坚持稳中求进，', '推动城市高质量发展。']],
      {
        table: [
          ['指标', '2025年'],
          ['城镇化率', '67%'],
        ],
        footnote: '据统计公报。',
      },
      0,
    );
    const read = await readDocx(bytes, REL);
    expect(read.raw).toBe('关于测试的通知\n\n一、总体要求\n\n坚持稳中求进，\n推动城市高质量发展。[1]\n\n指标\t2025年\n城镇化率\t67%\n\n[1] 据统计公报。');
    expect(read.facts).toEqual({ title: '关于测试的通知' });
    expect(read.place?.[4]).toBe('paragraph 3');
  });
  it('a damaged file', async () => {
    expect(await fails(Buffer.from('PK\u0003\u0004 not really a zip archive'))).toMatch(/source\.docx: damaged Word file, not readable/);
    expect(await fails(Buffer.from('<html>a web page renamed</html>'))).toMatch(/source\.docx: not a Word file/);
  });
  it('a password-protected file (an OLE container holding EncryptionInfo) and an old .doc renamed', async () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    expect(await fails(Buffer.concat([Buffer.from(ole), Buffer.alloc(64), Buffer.from('EncryptionInfo', 'utf16le')]))).toMatch(
      /source\.docx: password-protected Word file/,
    );
    expect(await fails(Buffer.concat([Buffer.from(ole), Buffer.from('WordDocument', 'utf16le')]))).toMatch(
      /source\.docx: an old Word \.doc file named \.docx: .*save it as \.docx/,
    );
  });
  it('a file with no text', async () => {
    expect(await fails(await makeDocx([[' ']]))).toMatch(/source\.docx: the Word file has no text/);
  });
});
