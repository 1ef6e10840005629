import { describe, expect, it } from 'vitest';
import { legalForce, statusWords } from '../../src/lib/data/status-words.ts';
import { corpusDate, planPeriod, statusOf } from '../../src/lib/pipeline/status.ts';

const plan = { type: 'policy', title: '山东省人民政府关于印发山东省新型城镇化建设行动方案（2024—2025年）的通知' };

describe('plan period from a title', () => {
  it('reads （2024—2025年） and its variants', () => {
    expect(planPeriod(plan.title)).toEqual({ from: 2024, to: 2025 });
    expect(planPeriod('某某规划(2021-2035年)')).toEqual({ from: 2021, to: 2035 });
    expect(planPeriod('某某方案（2024年—2026年）')).toEqual({ from: 2024, to: 2026 });
  });
  it('is no period without a range, or with a range running backwards', () => {
    expect(planPeriod('关于推动城市高质量发展的实施意见')).toBeUndefined();
    expect(planPeriod('鲁政发〔2024〕1号')).toBeUndefined();
    expect(planPeriod('某某方案（2025—2024年）')).toBeUndefined();
    expect(planPeriod('某某方案（2024年）')).toBeUndefined();
  });
});

describe('corpus date', () => {
  it('is the newest document or publication date', () => {
    expect(corpusDate([{ date: '2024-01-19', published: '2024-01-30' }, { date: '2026-01-21' }, { date: '2025-09-18', published: '2026-02-01T09:00' }])).toBe(
      '2026-02-01',
    );
  });
});

describe('status of a document', () => {
  it('says nothing without a fact', () => {
    expect(statusOf({ type: 'policy', title: '关于推动城市高质量发展的实施意见' }, '2026-01-21')).toBeUndefined();
    expect(statusOf({ type: 'news', title: '某某行动方案（2024—2025年）发布' }, '2026-01-21')).toBeUndefined();
  });
  it('a plan whose period has ended is 已到期 as of the corpus date', () => {
    expect(statusOf(plan, '2026-01-21')).toEqual({ validity: 'expired', basis: 'period', period: { from: 2024, to: 2025 }, asOf: '2026-01-21' });
  });
  it('a plan still in its period states the period only', () => {
    expect(statusOf(plan, '2025-12-31')).toEqual({ period: { from: 2024, to: 2025 }, asOf: '2025-12-31' });
  });
  it("the editor's statement wins over what is computed", () => {
    expect(statusOf({ ...plan, status: { validity: '已废止', repealed: '2025-06-01', note: '据某某通知' } }, '2026-01-21')).toEqual({
      validity: 'repealed',
      basis: 'editor',
      repealed: '2025-06-01',
      period: { from: 2024, to: 2025 },
      note: '据某某通知',
      asOf: '2026-01-21',
    });
  });
  it('an effective date still ahead is 尚未生效; one passed states the date only', () => {
    expect(statusOf({ type: 'policy', title: '某某办法', status: { effective: '2026-03-01' } }, '2026-02-01')).toEqual({
      validity: 'not-yet-in-force',
      basis: 'effective',
      effective: '2026-03-01',
      asOf: '2026-02-01',
    });
    expect(statusOf({ type: 'policy', title: '某某办法', status: { effective: '2026-03-01' } }, '2026-03-01')).toEqual({ effective: '2026-03-01' });
  });
  it('a repeal stated by another document takes effect with that document', () => {
    const by = [{ id: 'new', effective: '2026-03-01' }];
    expect(statusOf({ type: 'policy', title: '某某办法', repealedBy: by }, '2026-03-02')).toEqual({
      validity: 'repealed',
      basis: 'repealed-by',
      repealed: '2026-03-01',
      repealedBy: ['new'],
      asOf: '2026-03-02',
    });
    expect(statusOf({ type: 'policy', title: '某某办法', repealedBy: by }, '2026-02-01')).toEqual({ repealed: '2026-03-01', repealedBy: ['new'] });
  });
});

describe('status in words', () => {
  const titles = (id: string) => ({ new: '某某实施办法' })[id] ?? id;
  it('the ended plan, both scripts', () => {
    const s = statusOf(plan, '2026-01-21');
    expect(statusWords(s, 'zh-hans', titles)).toEqual({ state: '效力：已到期', details: ['规划期 2024—2025年已结束', '截至 2026-01-21（据本站所收文件）'] });
    expect(statusWords(s, 'zh-hant', titles)).toEqual({ state: '效力：已到期', details: ['規劃期 2024—2025年已結束', '截至 2026-01-21（據本站所收文件）'] });
  });
  it('a running plan has no state, only its period', () => {
    expect(statusWords(statusOf(plan, '2025-06-01'), 'zh-hans', titles)).toEqual({
      details: ['规划期 2024—2025年，尚在规划期内', '截至 2025-06-01（据本站所收文件）'],
    });
  });
  it('a repeal names the repealing text', () => {
    const s = statusOf({ type: 'policy', title: '某某办法', repealedBy: [{ id: 'new' }] }, '2026-03-02');
    expect(statusWords(s, 'zh-hant', titles)?.details).toEqual(['由《某某实施办法》廢止', '截至 2026-03-02（據本站所收文件）']);
  });
  it("the editor's note stands apart from the facts", () => {
    const s = statusOf({ type: 'policy', title: '某某意见', status: { validity: '有效', note: '据吹风会实录' } }, '2026-01-21');
    expect(statusWords(s, 'zh-hans', titles)).toEqual({ state: '效力：有效', details: ['截至 2026-01-21（据本站所收文件）'], note: '编者说明：据吹风会实录' });
  });
  it('nothing to say, nothing said', () => expect(statusWords(undefined, 'zh-hans', titles)).toBeUndefined());
  it('schema.org legal force', () => {
    expect(legalForce({ validity: 'in-force' })).toBe('https://schema.org/InForce');
    expect(legalForce({ validity: 'expired' })).toBe('https://schema.org/NotInForce');
    expect(legalForce({ validity: 'amended' })).toBeUndefined();
    expect(legalForce(undefined)).toBeUndefined();
  });
});
