// FactSite preview only (never in a built site): reloads the page after each build (the page of a claim just
// edited as soon as it is made) and shows the problems of a build that failed over the page, which stays the
// last good build's until the files are fixed.
(function () {
  'use strict';
  var base = document.currentScript.getAttribute('data-base');
  var overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(errors) {
    hide();
    overlay = document.createElement('div');
    overlay.id = 'factsite-problems';
    overlay.setAttribute('role', 'alertdialog');
    overlay.setAttribute('aria-labelledby', 'factsite-problems-heading');
    overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;' +
      'background:#fff8f6;color:#3b0a00;border-top:4px solid #b42318;padding:1rem 1.5rem;' +
      'font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.25)';
    var heading = document.createElement('h2');
    heading.id = 'factsite-problems-heading';
    heading.style.cssText = 'margin:0 0 .5rem;font-size:1.1rem';
    heading.textContent = errors.length === 1 ? 'FactSite found a problem' : 'FactSite found ' + errors.length + ' problems';
    var note = document.createElement('p');
    note.style.margin = '0 0 .5rem';
    note.textContent = 'This page shows the last build that worked. Fix the file below and save: the page updates by itself.';
    var list = document.createElement('ul');
    list.style.cssText = 'margin:0;padding-left:1.2rem;font-family:ui-monospace,monospace;font-size:14px';
    errors.forEach(function (line) {
      var item = document.createElement('li');
      item.textContent = line;
      list.appendChild(item);
    });
    overlay.append(heading, note, list);
    document.body.appendChild(overlay);
  }

  var events = new EventSource(base + '__factsite/events');
  events.addEventListener('state', function (e) {
    var state = JSON.parse(e.data);
    if (state.errors.length) {
      show(state.errors);
    } else {
      hide();
    }
  });
  // This page's address as the events name pages: its folder, without index.html.
  function here(pages) {
    var path = decodeURI(location.pathname).replace(/index\.html$/, '');
    return (pages || []).indexOf(path) >= 0;
  }

  // The pages of the claims just edited, made ahead of the rest of the build.
  events.addEventListener('pages', function (e) {
    if (here(JSON.parse(e.data).pages)) {
      location.reload();
    }
  });
  // The build is done: every page reloads but those that already show it.
  events.addEventListener('reload', function (e) {
    if (!here(JSON.parse(e.data).current)) {
      location.reload();
    }
  });
})();
