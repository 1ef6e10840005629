// npm run bench:lighthouse: Lighthouse (mobile) on the home and one document page in each script, served on 127.0.0.1.
import lighthouse from 'lighthouse';
import { launchBrowser } from '../src/lib/pdf/render.ts';
import { serve } from '../src/lib/serve.ts';

// gzip and cache headers as a production static host would send them
const served = await serve(process.argv[2] ?? 'dist', { compress: true, headers: { 'cache-control': 'public, max-age=600' } });
const browser = await launchBrowser(undefined, ['--remote-debugging-port=9333']);
const pages = ['zh-hans/', 'zh-hant/', 'zh-hans/targets/', 'zh-hant/targets/', 'zh-hans/urban-development-opinions-2026/', 'zh-hant/briefing-2026-01-21/'];
console.log('| page | performance | accessibility | best practices | SEO |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const path of pages) {
  const result = await lighthouse(`${served.url}${path}`, { port: 9333, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  const c = result!.lhr.categories;
  const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
  console.log(`| /${path} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
  const failing = Object.values(result!.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable');
  for (const a of failing.slice(0, 8)) console.log(`    ${a.id}: ${a.score} ${a.displayValue ?? ''}`);
}
await browser.close();
await served.close();
