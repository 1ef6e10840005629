// Language switch keeps the reader's place: the anchor they are at travels with them.
document.addEventListener('click', (e) => {
  const a = e.target instanceof Element && e.target.closest('a[data-keep-hash]');
  if (a && location.hash) a.href = a.href.split('#')[0] + location.hash;
  if (a) try { localStorage.setItem('script', a.getAttribute('hreflang') || ''); } catch {}
});
