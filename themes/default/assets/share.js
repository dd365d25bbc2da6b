// The reader's own share sheet (Zalo, Messenger, Signal: whatever apps the phone has), where the browser offers
// one. Zalo publishes no share address that works without its script from its own host, which a FactSite page
// never loads; the system sheet reaches it all the same. Without this script, or such a sheet, the button stays
// hidden and the plain links above remain. The text and address are the page's own description and canonical
// address, read from its head rather than repeated in the button.
const button = document.querySelector('.share-native');
if (button && typeof navigator.share === 'function') {
  button.closest('[hidden]')?.removeAttribute('hidden');
  button.addEventListener('click', () => {
    const text = document.querySelector('meta[name="description"]')?.content;
    const url = document.querySelector('link[rel="canonical"]')?.href ?? location.href;
    navigator.share({ title: document.title, text, url })
      .catch(() => { /* the reader closed the sheet */ });
  });
}
