// Targets page: filter the table by document. Without JavaScript the whole table shows.
(() => {
  const box = document.querySelector('.targets-filter');
  const select = document.querySelector('#targets-doc');
  if (!box || !select) return;
  box.hidden = false;
  select.addEventListener('change', () => {
    for (const row of document.querySelectorAll('.targets tbody tr')) row.hidden = !!select.value && row.dataset.doc !== select.value;
  });
})();
