/**
 * A document's short name, as official texts refer to one another: 《实施意见》, 《行动方案》. Read from the title:
 * an issuing notice (印发…的通知) is named by what it issues; the name is the genre word (公文文种: 意见, 方案 …) with
 * the two characters before it, the way a briefing says 《实施意见》共分9部分. No genre word: no short name.
 */
const GENRE = /(?:意见|方案|规划|纲要|计划|办法|条例|规定|细则|决定|通知|指南|措施|要点)$/u;

export function briefName(title: string): string | undefined {
  const issued = /印发(.+)的通知$/u.exec(title)?.[1] ?? title;
  const bare = issued.replace(/（[^（）]*）|[《》“”\s]/gu, '');
  if (!GENRE.test(bare)) return undefined;
  const name = bare.slice(-4);
  return /^\p{Script=Han}{4}$/u.test(name) ? name : undefined;
}
