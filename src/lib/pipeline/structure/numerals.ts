const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九百九十九 (一百零四, 一百一十) or Arabic digits → the number; NaN for anything else. */
export function chineseNumber(s: string): number {
  if (/^\d{1,4}$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十百]{1,7}$/.test(s) || /[十百]{2}/.test(s)) return Number.NaN;
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c === '百' || c === '十') {
      total += (digit || 1) * (c === '百' ? 100 : 10);
      digit = 0;
    } else digit = DIGITS[c]!;
  }
  return total + digit;
}
