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
    // Citable clauses: next to the # of every part, article, item and turn, a button that copies a ready citation
    // (the page's script: title, the clause's number and heading, date, URL) and says so to screen readers.
    const live = document.getElementById('cite-status');
    if (live && navigator.clipboard) {
      const fill = (s, v) => s.replace(/\{(\w+)\}/g, (m, k) => (k in v ? v[k] : m));
      const page = (document.querySelector('link[rel=canonical]') || location).href.split('#')[0];
      for (const h of document.querySelectorAll('.section-chapter > .heading, .section-part > .heading, .section-article > .heading, .section-item > .heading, .turn > .speaker')) {
        const who = h.querySelector('.who');
        const label = who
          ? who.textContent + (h.querySelector('.position') ? '（' + h.querySelector('.position').textContent + '）' : '')
          : [...h.childNodes].filter((n) => !(n instanceof Element) || n.matches('.num')).map((n) => n.textContent).join('');
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'cite-copy';
        b.textContent = live.dataset.copy;
        b.setAttribute('aria-label', live.dataset.copy + '：' + label.trim());
        b.dataset.cite = fill(live.dataset.cite, { clause: label.trim(), url: page + '#' + h.id });
        h.append(b);
      }
      document.addEventListener('click', (e) => {
        const b = e.target instanceof Element && e.target.closest('.cite-copy');
        if (!b) return;
        const cite = b.dataset.cite;
        const say = (key) => { live.textContent = fill(live.dataset[key], { cite }); b.textContent = live.dataset[key].split(/[：:]/)[0]; setTimeout(() => { b.textContent = live.dataset.copy; }, 2000); };
        navigator.clipboard.writeText(cite).then(() => say('copied'), () => say('failed'));
      });
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
