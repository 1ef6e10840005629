// Targets page: filter the rows by deadline and kind; a document with no row left is hidden. Without JavaScript the
// whole table shows.
(() => {
  const form = document.querySelector('.targets-filter');
  if (!form) return;
  form.hidden = false;
  const out = form.querySelector('output');
  const apply = () => {
    const year = form.year.value;
    const kind = form.kind.value;
    let shown = 0;
    for (const section of document.querySelectorAll('.targets-doc')) {
      let left = 0;
      for (const row of section.querySelectorAll('tbody tr')) {
        row.hidden = (!!year && row.dataset.year !== year) || (!!kind && row.dataset.kind !== kind);
        if (!row.hidden) left++;
      }
      section.hidden = left === 0;
      shown += left;
    }
    out.textContent = year || kind ? out.dataset.template.replace('{n}', shown) : '';
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
})();
