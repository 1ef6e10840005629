import { search, type Hit } from './search-engine.ts';

/** Renders results into `out`. Labels come from the element's data-* attributes, written per script by hand. */
export interface UiLabels {
  exact: string;
  partial: string;
  none: string;
  loading: string;
  error: string;
  occurrences: string;
  docNumber: string;
  [type: `type.${string}`]: string;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

function hitHtml(h: Hit, labels: UiLabels): string {
  const subs = h.subs.length
    ? `<ul class="subs">${h.subs.map((s) => `<li><a href="${esc(s.url)}">${esc(s.title)}</a><p>${s.excerpt}</p></li>`).join('')}</ul>`
    : '';
  const badge = h.docNumber ? `<span class="card-type">${esc(labels.docNumber)}</span>` : '';
  const count = h.occurrences ? ` · ${esc(labels.occurrences.replace('{n}', String(h.occurrences)))}` : '';
  return `<li class="hit"><p class="hit-meta"><span class="card-type">${esc(labels[`type.${h.type}`] ?? h.type)}</span>${badge}${count}</p><h3><a href="${esc(h.url)}">${esc(h.title)}</a></h3><p>${h.excerpt}</p>${subs}</li>`;
}

let seq = 0;
export async function render(out: HTMLElement, q: string, opts: { base: string; script: 'hans' | 'hant'; locale: string; filters?: Record<string, string[]> }, labels: UiLabels): Promise<void> {
  const mine = ++seq;
  if (!q.trim()) {
    out.innerHTML = '';
    out.dataset.done = '';
    return;
  }
  out.setAttribute('aria-busy', 'true');
  delete out.dataset.done;
  const show = (r: Awaited<ReturnType<typeof search>>, final: boolean) => {
    if (mine !== seq) return;
    out.innerHTML = html(r, labels, final);
    if (!out.dataset.first) out.dataset.first = q;
  };
  delete out.dataset.first;
  let r: Awaited<ReturnType<typeof search>>;
  try {
    r = await search(q, { ...opts, current: () => mine === seq }, (partial) => show(partial, false));
  } catch (e) {
    // an index part that did not load: said, not left as “searching” (the next query tries again)
    if (mine !== seq) return;
    out.removeAttribute('aria-busy');
    out.innerHTML = `<p class="none">${esc(labels.error)}</p>`;
    out.dataset.done = q;
    console.error(e);
    return;
  }
  if (mine !== seq) return;
  out.removeAttribute('aria-busy');
  show(r, true);
  // a hook for tests and assistive tech: which query the panel now shows in full
  out.dataset.done = q;
}

function html(r: Awaited<ReturnType<typeof search>>, labels: UiLabels, final: boolean): string {
  // the first results of a large library (its newest part) or of a first quick look: the rest is still being
  // searched, said above them (the panel is aria-busy until the complete list replaces them)
  const parts: string[] = final ? [] : [`<p class="searching">${esc(labels.loading)}</p>`];
  if (r.exact.length) parts.push(`<h2 class="group" data-group="exact">${esc(labels.exact)}</h2><ol class="hits" data-group="exact">${r.exact.map((h) => hitHtml(h, labels)).join('')}</ol>`);
  else if (final) parts.push(`<p class="none">${esc(labels.none.replace('{q}', r.query))}</p>`);
  if (r.partial.length) parts.push(`<h2 class="group" data-group="partial">${esc(labels.partial)}</h2><ol class="hits" data-group="partial">${r.partial.map((h) => hitHtml(h, labels)).join('')}</ol>`);
  return parts.join('');
}
