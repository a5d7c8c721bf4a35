// Behaves like a social site's composer: the box keeps a model from input events, the button is enabled
// only with text, and posting appends the post and clears the box.
for (const box of document.querySelectorAll('textarea, [contenteditable="true"]')) {
  const area = box.closest('.reply, section');
  const button = area.querySelector('button');
  const list = area.querySelector('ol.posts');
  const read = () => (box instanceof HTMLTextAreaElement ? box.value : box.innerText).trim();
  box.addEventListener('input', () => { button.disabled = read() === ''; });
  button.addEventListener('click', () => {
    const text = read();
    if (!text) return;
    const item = document.createElement('li');
    item.textContent = text;
    list.prepend(item);
    if (box instanceof HTMLTextAreaElement) box.value = ''; else box.textContent = '';
    button.disabled = true;
  });
}
