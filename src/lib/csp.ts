import { createHash } from 'node:crypto';

/**
 * The one inline script: it must run before first paint (larger-text mode, a returning visitor's script on `/`),
 * so it is inline and allowed by its hash. Everything else is in files. On `/` with no remembered choice, a browser
 * whose first Chinese language is zh-HK, zh-MO, zh-TW or zh-Hant(-*) goes to Traditional; anything else stays on the
 * chooser, which offers both scripts without JavaScript.
 */
export const EARLY_SCRIPT =
  "(function(){var d=document.documentElement;try{if(localStorage.getItem('large')==='1')d.dataset.large='';var s=localStorage.getItem('script');if(!('chooser'in d.dataset))return;if(!/^zh-(hans|hant)$/.test(s||'')){var z=(navigator.languages||[navigator.language]).filter(function(l){return/^zh\\b/i.test(l)})[0]||'';s=/^zh-(hk|mo|tw|hant)\\b/i.test(z)?'zh-hant':''}if(s)location.replace(d.dataset.chooser+s+'/')}catch(e){}})();";

export const EARLY_SCRIPT_HASH = `'sha256-${createHash('sha256').update(EARLY_SCRIPT).digest('base64')}'`;

/**
 * The Content-Security-Policy the site satisfies, for hosts that set headers (see README). Scripts are files, plus the
 * hashed early script; Pagefind compiles its WebAssembly ('wasm-unsafe-eval'); Astro inlines the page CSS.
 */
export const CSP = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${EARLY_SCRIPT_HASH}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
