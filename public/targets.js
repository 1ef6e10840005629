// Targets pages: filter the rows by each select of the form (its name is the rows' data- attribute: kind); a document
// with no row left is hidden. Without JavaScript the whole table shows.
(() => {
  const form = document.querySelector('.targets-filter');
  if (!form) return;
  form.hidden = false;
  const out = form.querySelector('output');
  const selects = [...form.querySelectorAll('select')];
  const apply = () => {
    const chosen = selects.filter((s) => s.value);
    let shown = 0;
    for (const section of document.querySelectorAll('.targets-doc')) {
      let left = 0;
      for (const row of section.querySelectorAll('tbody tr')) {
        row.hidden = chosen.some((s) => row.dataset[s.name] !== s.value);
        if (!row.hidden) left++;
      }
      section.hidden = left === 0;
      shown += left;
    }
    out.textContent = chosen.length ? out.dataset.template.replace('{n}', shown) : '';
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
})();
