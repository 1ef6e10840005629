const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → 1 … 99; NaN for anything else. */
export function chineseNumber(s: string): number {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(s)) return Number.NaN;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  const t = s.includes('十') ? (tens ? DIGITS[tens] : 1) : 0;
  const o = ones ? DIGITS[ones] : 0;
  return t === undefined || o === undefined ? Number.NaN : t * 10 + o;
}
