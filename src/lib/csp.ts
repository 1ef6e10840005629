/**
 * The Content-Security-Policy the site satisfies, for hosts that set headers (see README). Scripts are files only
 * (no inline script); Pagefind compiles its WebAssembly ('wasm-unsafe-eval'); Astro inlines the page CSS.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
