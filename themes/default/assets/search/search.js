// FactSite search page: the form, the filters, the results and the address (?q=...) of a search; the index
// itself is read by search-index.js.
import {openIndex} from './search-index.js'

const form = document.querySelector('[data-search-index]')
if (form) {
  const base = form.dataset.searchIndex
  const input = form.querySelector('input[name=q]')
  const status = document.getElementById('search-status')
  const list = document.getElementById('search-results')
  const selects = [...form.querySelectorAll('select[data-filter]')]
  const t = form.dataset // none, one, many ({0} is the count), failed: the theme's messages
  const fetching = folder => path => fetch(folder + path).then(r => {
    if (!r.ok) throw new Error(path + ': ' + r.status)
    return r.text()
  })
  const index = openIndex(fetching(base))
  // On a site in several languages: the other languages' indexes, searched too when the reader asks.
  const all = form.querySelector('input[name=all]')
  const others = all ? all.dataset.otherIndexes.split(' ').filter(Boolean).map(folder => openIndex(fetching(folder))) : []
  let timer
  let latest = 0
  let looks = {}

  function show(found) {
    list.replaceChildren(...found.map(([url, title, claim, verdict, label, date, iso, lang]) => {
      const li = document.createElement('li')
      li.className = 'claim-item'
      li.lang = lang
      const h = document.createElement('h2')
      const a = document.createElement('a')
      a.href = url
      a.textContent = title
      h.append(a)
      const meta = document.createElement('p')
      meta.className = 'claim-item-meta'
      // As the theme's verdictBadge macro draws it: colour, an icon hidden from screen readers, the label.
      const badge = document.createElement('span')
      badge.className = 'verdict-badge verdict-' + verdict
      const [color, icon] = looks[verdict] || []
      if (color) badge.style.setProperty('--verdict-color', color)
      const iconSpan = document.createElement('span')
      iconSpan.className = 'verdict-icon'
      iconSpan.setAttribute('aria-hidden', 'true')
      iconSpan.textContent = icon || ''
      const labelSpan = document.createElement('span')
      labelSpan.className = 'verdict-label'
      labelSpan.textContent = label
      badge.append(iconSpan, ' ', labelSpan)
      const time = document.createElement('time')
      time.dateTime = iso
      time.textContent = date
      meta.append(badge, ' ', time)
      const p = document.createElement('p')
      p.textContent = claim
      li.append(h, meta, p)
      return li
    }))
  }

  async function run() {
    const query = input.value.trim()
    const params = new URLSearchParams()
    if (query) params.set('q', query)
    for (const s of selects) if (s.value) params.set(s.dataset.filter, s.value)
    if (all && all.checked) params.set('all', '1')
    history.replaceState(null, '', params.toString() ? '?' + params : location.pathname)
    // The same words on the other languages' search pages (their filters are their own).
    for (const a of document.querySelectorAll('a[data-search-elsewhere]')) {
      a.search = query ? '?' + new URLSearchParams({q: query}) : ''
    }
    const mine = ++latest
    if (!query && !selects.some(s => s.value)) {
      list.replaceChildren()
      status.textContent = ''
      return
    }
    try {
      const filters = Object.fromEntries(selects.map(s => [s.dataset.filter, s.value]))
      // This language's results first, then each other language's (verdicts and years are shared; topics
      // and languages are this index's own).
      const shared = {verdict: filters.verdict, year: filters.year}
      const searched = [index.search(query, filters).then(async r => [r.total, await index.cards(r.ids)])]
      if (all && all.checked) {
        for (const other of others) searched.push(other.search(query, shared).then(async r => [r.total, await other.cards(r.ids)]))
      }
      const results = await Promise.all(searched)
      if (mine !== latest) return
      const total = results.reduce((n, [count]) => n + count, 0)
      show(results.flatMap(([, cards]) => cards))
      status.textContent = total === 0 ? t.none : (total === 1 ? t.one : t.many).replace('{0}', total)
    } catch (e) {
      if (mine === latest) status.textContent = t.failed
    }
  }

  form.addEventListener('submit', e => {
    e.preventDefault()
    clearTimeout(timer)
    run()
  })
  input.addEventListener('input', () => {
    clearTimeout(timer)
    timer = setTimeout(run, 200)
  })
  for (const s of selects) s.addEventListener('change', run)
  if (all) all.addEventListener('change', run)

  const params = new URLSearchParams(location.search)
  input.value = params.get('q') || ''
  for (const s of selects) s.value = params.get(s.dataset.filter) || ''
  if (all) all.checked = params.get('all') === '1'
  form.hidden = false
  document.getElementById('search-nojs').hidden = true
  index.manifest().then(m => {
    looks = m.verdicts || {}
    for (const s of selects) {
      for (const [key, label, count] of m.filters[s.dataset.filter] || []) {
        s.append(new Option(label + ' (' + count + ')', key))
      }
      s.value = params.get(s.dataset.filter) || ''
    }
    if (input.value || selects.some(s => s.value)) run()
  })
}
