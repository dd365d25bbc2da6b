// The reader's own share sheet (Zalo, Messenger, Signal: whatever apps the phone has), where the browser offers
// one. Zalo publishes no share address that works without its script from its own host, which a FactSite page
// never loads; the system sheet reaches it all the same. Without this script, or such a sheet, the button stays
// hidden and the plain links above remain.
const button = document.querySelector('.share-native');
if (button && typeof navigator.share === 'function') {
  button.closest('[hidden]')?.removeAttribute('hidden');
  button.addEventListener('click', () => {
    navigator.share({ title: document.title, text: button.dataset.text, url: button.dataset.url })
      .catch(() => { /* the reader closed the sheet */ });
  });
}
