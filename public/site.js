// Site behaviour, progressive: every page works without it. No inline script, so a strict CSP holds.
(() => {
  const root = document.documentElement;
  const store = (k, v) => { try { if (v === undefined) return localStorage.getItem(k); localStorage.setItem(k, v); } catch { return null; } };
  // Larger-text mode and the returning visitor's redirect happen before first paint, in the hashed inline script
  // (src/lib/csp.ts); this file is deferred.
  const ready = (fn) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', fn) : fn());
  ready(() => {
    // Arriving from search (?hl=…): mark the words searched for in the document text.
    const hl = new URLSearchParams(location.search).get('hl');
    const body = document.querySelector('.doc-body');
    if (hl && body) {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const hits = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.includes(hl)) hits.push(n);
      for (const n of hits) {
        const parts = n.data.split(hl);
        const frag = document.createDocumentFragment();
        parts.forEach((p, i) => {
          if (i) { const m = document.createElement('mark'); m.textContent = hl; frag.append(m); }
          frag.append(p);
        });
        n.replaceWith(frag);
      }
      if (!location.hash) document.querySelector('.doc-body mark')?.scrollIntoView({ block: 'center' });
    }
    // 404: the visitor's script first, judged from the path they asked for.
    const hant = document.querySelector('.not-found [data-locale="zh-hant"]');
    if (hant && /\/zh-hant\//.test(location.pathname)) {
      hant.parentElement.prepend(hant);
      root.lang = 'zh-Hant';
    }
    const btn = document.querySelector('.large-toggle');
    if (btn) {
      btn.hidden = false;
      btn.setAttribute('aria-pressed', String('large' in root.dataset));
      btn.addEventListener('click', () => {
        const on = !('large' in root.dataset);
        if (on) root.dataset.large = ''; else delete root.dataset.large;
        btn.setAttribute('aria-pressed', String(on));
        store('large', on ? '1' : '0');
      });
    }
  });
  // Switching script keeps the reader's place: the anchor travels with them; the choice is remembered.
  document.addEventListener('click', (e) => {
    const a = e.target instanceof Element && e.target.closest('a[data-keep-hash], a[data-remember]');
    if (!a) return;
    if (a.hasAttribute('data-keep-hash') && location.hash) a.href = a.href.split('#')[0] + location.hash;
    const script = (a.getAttribute('hreflang') || '').toLowerCase();
    if (script) store('script', script);
  });
})();
