// FactSite search, the part without a page: reads the index the generator wrote into search/ (see
// SearchIndex.java for its format): the manifest once, then for each query only the shards of its terms and
// the cards of the first results. A query is analysed as the index was (TextAnalysis.java): NFC, lower
// case, words of letters, marks and digits, folded (marks stripped, đ -> d); each word may match as its
// Porter stem (English) or as itself (a Vietnamese syllable); adjacent words also as a pair; a word typed
// with diacritics also exactly. The tests run this module under Node against a generated index and compare
// its answers with the Java reader's.
import {stemmer} from './stemmer.js'

export const RESULTS = 10

// A run of marks with no letter or digit (a stray accent) folds to nothing, so is no word.
export const words = s => s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u)
  .filter(w => /[\p{L}\p{N}]/u.test(w))
export const fold = w => w.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/\p{M}+/gu, '')

/**
 * What chooses a term's shard (TextAnalysis.shardKey): the stem of its word, or of each word of a pair, so a
 * query word's stem, folded and exact forms share one shard.
 */
export function shardKey(term) {
  const pair = term.indexOf('_')
  return term.startsWith('=') ? stemmer(fold(term.slice(1)))
    : pair < 0 ? stemmer(term) : stemmer(term.slice(0, pair)) + '_' + stemmer(term.slice(pair + 1))
}

/**
 * An index at an address: load(path) returns a promise of a file's text below search/ (fetch in a browser,
 * a file in the tests). Every file is read at most once.
 */
export function openIndex(load) {
  const cache = new Map()
  const text = path => {
    if (!cache.has(path)) cache.set(path, load(path))
    return cache.get(path)
  }
  let manifest

  /** The term's shard: FNV-1a over the UTF-16 units of its key modulo the number of shards, as SearchIndex.bucket. */
  function shardOf(term) {
    const key = shardKey(term)
    let h = 0x811c9dc5
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193)
    return (h >>> 0) & (manifest.shards - 1)
  }

  // Groups "score:id,gap,gap" separated by ";", best score first, base 36 (SearchIndex.java).
  const postingsOf = line => line ? line.split(';').flatMap(group => {
    const [s, gaps] = group.split(':')
    const score = parseInt(s, 36)
    let id = 0
    return gaps.split(',').map(gap => [id += parseInt(gap, 36), score])
  }) : []

  async function lookup(term, all) {
    const shard = shardOf(term)
    const line = (await text('t/' + shard.toString(36) + '.txt')).split('\n').find(l => l.startsWith(term + '\t'))
    if (!line) return null
    const [, df, postings, more] = line.split('\t')
    const entry = {df: parseInt(df, 36), postings: postingsOf(postings)}
    if (all && more === '1') {
      const group = Math.floor(shard / manifest.moreGroup).toString(36)
      const rest = (await text('m/' + group + '.txt')).split('\n').find(l => l.startsWith(term + '\t'))
      if (rest) entry.postings = entry.postings.concat(postingsOf(rest.split('\t')[1]))
    }
    return entry
  }

  /** The ids the chosen filters keep ({kind: key}), or null when none is chosen. */
  async function allowed(filters) {
    let keep = null
    for (const [kind, key] of Object.entries(filters)) {
      if (!key) continue
      const ids = new Set((await text('f/' + kind + '-' + key + '.txt')).split('\n').filter(Boolean)
        .map(id => parseInt(id, 36)))
      keep = keep ? new Set([...keep].filter(id => ids.has(id))) : ids
    }
    return keep
  }

  return {
    async manifest() {
      manifest ??= JSON.parse(await text('manifest.json'))
      return manifest
    },

    /** The best ids for a query under filters, best first, and how many documents match in all. */
    async search(query, filters = {}) {
      await this.manifest()
      const ws = words(query)
      const filtered = Object.values(filters).some(Boolean)
      const keeping = allowed(filters) // fetched alongside the terms' shards, not before them
      if (!ws.length) {
        const keep = await keeping
        const ids = keep ? [...keep].sort((a, b) => b - a) : []
        return {total: ids.length, ids: ids.slice(0, RESULTS)}
      }
      const idf = df => Math.log(1 + manifest.docs / df)
      // Terms in more than half of the documents are not fetched, unless the query has nothing else.
      const frequent = new Set(manifest.frequent)
      const alternatives = ws.map(w => {
        const f = fold(w)
        return [...new Set([stemmer(f), f])].concat(f !== w ? ['=' + w] : [])
      })
      const common = alternatives.map(terms => terms.every(t => t.startsWith('=') || frequent.has(t)))
      const skipAll = common.every(Boolean)
      // A word's or pair's documents, scored; "complete" when listed in full: in its shard, or with its second
      // file when filtering (which holds at most `kept`).
      const scored = async (terms, weight) => {
        const found = (await Promise.all(terms.map(term => lookup(term, filtered)))).filter(Boolean)
        const scores = new Map()
        let df = 0
        for (const entry of found) {
          df = Math.max(df, entry.df)
          for (const [id, score] of entry.postings) {
            scores.set(id, (scores.get(id) || 0) + weight * score * idf(entry.df))
          }
        }
        return {scores, complete: df <= manifest.primary || filtered && df <= manifest.kept,
          frequent: df > manifest.docs / 2}
      }
      // Words and pairs are looked up at once (one round of requests). Adjacent words also match as a pair, of
      // folded syllables (Vietnamese) and of stems (English), unless both words are common.
      const wordsFound = Promise.all(alternatives.map(async (terms, i) => common[i] && !skipAll
        ? {scores: new Map(), complete: false, frequent: true}
        : await scored(terms, 1)))
      const pairsFound = Promise.all(ws.slice(1).map((w, i) => common[i] && common[i + 1] ? null
        : scored([...new Set([fold(ws[i]) + '_' + fold(w), stemmer(fold(ws[i])) + '_' + stemmer(fold(w))])], 2)))
      const perWord = await wordsFound
      const pairs = (await pairsFound).filter(Boolean)
      const keep = await keeping
      // Words listed in full must all match; without such words, any word's or pair's documents are
      // candidates. Those matching more words and pairs come first (one in most documents says little, one
      // listed only in part says nothing by its absence, so it counts only when no word is listed in full),
      // then the best scores.
      const required = perWord.filter(w => w.complete && !w.frequent)
      const candidates = new Set()
      for (const w of required.length ? required.slice(0, 1) : perWord.concat(pairs)) {
        for (const [id] of w.scores) {
          if (required.every(r => r.scores.has(id)) && (!keep || keep.has(id))) candidates.add(id)
        }
      }
      const totals = new Map()
      const matched = new Map()
      for (const id of candidates) {
        let score = 0
        let count = 0
        for (const w of perWord.concat(pairs)) {
          if (w.scores.has(id)) {
            score += w.scores.get(id)
            if (!w.frequent && (!required.length || w.complete)) count++
          }
        }
        totals.set(id, score)
        matched.set(id, count)
      }
      const ranked = [...totals].sort((a, b) => matched.get(b[0]) - matched.get(a[0]) || b[1] - a[1] || b[0] - a[0])
        .map(([id]) => id)
      return {total: ranked.length, ids: ranked.slice(0, RESULTS)}
    },

    /** The cards of ids: [url, title, claim, verdict key, verdict label, date, ISO date, language]. */
    async cards(ids) {
      await this.manifest()
      const size = manifest.cardSize
      return Promise.all(ids.map(async id => JSON.parse(await text('c/' + Math.floor(id / size) + '.json'))[id % size]))
    }
  }
}
