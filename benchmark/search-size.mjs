// What a reader downloads per search on a built site: for a fixed set of 200 queries (the 50 most frequent
// terms, 50 two-word queries from titles, 50 from Vietnamese claims typed without diacritics, 50 rare
// words), and apart from those 50 whole titles, each in a fresh page (nothing cached), counts the index files' bytes plus the search scripts' and
// the rounds of requests one after another. Prints percentiles, the index's size and file count; with
// --json FILE also writes every query's figures and first page of results (the benchmark module's
// SearchTargetsTest checks them against the targets and a brute-force scan of the archive).
//
//   node benchmark/search-size.mjs SITE_FOLDER THEME_FOLDER [--json FILE]
import fs from 'fs'
import path from 'path'
import {pathToFileURL} from 'url'

const [site, theme, jsonFlag, jsonFile] = process.argv.slice(2)
const folder = path.join(site, 'search')
const scripts = ['search.js', 'search-index.js', 'stemmer.js']
  .reduce((n, f) => n + fs.statSync(path.join(theme, 'assets/search', f)).size, 0)
const {openIndex, fold} = await import(pathToFileURL(path.join(theme, 'assets/search/search-index.js')))

function walk(dir) {
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap(e => e.isDirectory() ? walk(path.join(dir, e.name))
    : [path.join(dir, e.name)])
}
const files = walk(folder)
const indexBytes = files.reduce((n, f) => n + fs.statSync(f).size, 0)

// Queries, drawn with a fixed seed.
let seed = 42
const random = n => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff
  return seed % n
}
const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'))
const terms = []
for (const f of files.filter(f => f.includes(path.sep + 't' + path.sep))) {
  for (const line of fs.readFileSync(f, 'utf8').split('\n').filter(Boolean)) {
    const [term, df] = line.split('\t')
    if (!term.startsWith('=') && !term.includes('_')) terms.push([term, parseInt(df, 36)])
  }
}
terms.sort((a, b) => b[1] - a[1])
const cards = files.filter(f => f.includes(path.sep + 'c' + path.sep))
  .flatMap(f => JSON.parse(fs.readFileSync(f, 'utf8')))
const titleWords = card => card[1].split(/\s+/).filter(w => /\p{L}/u.test(w))
const queries = []
terms.slice(0, 50).forEach(([term]) => queries.push(['frequent', term]))
for (let i = 0; i < 50; i++) {
  const ws = titleWords(cards[random(cards.length)])
  const at = random(Math.max(1, ws.length - 1))
  queries.push(['two words', ws.slice(at, at + 2).join(' ')])
}
const vietnamese = cards.filter(c => c[7] === 'vi')
for (let i = 0; i < 50 && vietnamese.length; i++) {
  const ws = titleWords(vietnamese[random(vietnamese.length)])
  const at = random(Math.max(1, ws.length - 1))
  queries.push(['vi, no diacritics', fold(ws.slice(at, at + 2).join(' '))])
}
const rare = terms.filter(([, df]) => df <= 20)
for (let i = 0; i < 50 && rare.length; i++) queries.push(['rare word', rare[random(rare.length)][0]])
for (let i = 0; i < 50; i++) {
  const card = cards[random(cards.length)]
  queries.push(['whole title (not in the 200)', card[1], card[0]])
}

const results = []
for (const [kind, query, expected] of queries) {
  let bytes = scripts
  // Rounds as a browser meets them: a request made before any answer came back is in the first round, one
  // made once answers of round n had come back is in round n + 1.
  let answered = 0
  let rounds = 0
  const index = openIndex(async p => {
    const round = answered + 1
    rounds = Math.max(rounds, round)
    const text = fs.readFileSync(path.join(folder, p), 'utf8')
    bytes += Buffer.byteLength(text)
    await null
    answered = Math.max(answered, round)
    return text
  })
  const found = await index.search(query)
  const shown = await index.cards(found.ids)
  results.push({kind, query, bytes, rounds, total: found.total, urls: shown.map(card => card[0]), expected})
}
const set = results.filter(r => !r.kind.startsWith('whole'))
const sorted = set.map(r => r.bytes).sort((a, b) => a - b)
const at = p => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]
console.log(`docs ${manifest.docs}; index ${(indexBytes / 1e6).toFixed(1)} MB in ${files.length} files; scripts ${scripts} B`)
console.log(`per query (${set.length} queries): median ${(at(0.5) / 1024).toFixed(1)} KB, p95 ${(at(0.95) / 1024).toFixed(1)} KB, `
  + `max ${(sorted[sorted.length - 1] / 1024).toFixed(1)} KB; rounds at most ${Math.max(...set.map(r => r.rounds))}`)
for (const kind of ['frequent', 'two words', 'vi, no diacritics', 'rare word', 'whole title (not in the 200)']) {
  const mine = results.filter(r => r.kind === kind).map(r => r.bytes).sort((a, b) => a - b)
  if (mine.length) console.log(`  ${kind}: median ${(mine[mine.length >> 1] / 1024).toFixed(1)} KB, p95 `
    + `${(mine[Math.floor(0.95 * mine.length)] / 1024).toFixed(1)} KB, no results for ${results.filter(r => r.kind === kind && r.total === 0).length}`)
}
if (jsonFlag === '--json') {
  fs.writeFileSync(jsonFile, JSON.stringify({docs: manifest.docs, indexBytes, files: files.length, scripts, results}))
}
