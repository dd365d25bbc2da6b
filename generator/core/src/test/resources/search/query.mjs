// Runs the theme's search-index.js under Node against an index on disk, for SearchIndexTest: reads one query
// per line (query TAB filter-kind TAB filter-key) from standard input and prints one line per query:
// total TAB ids (comma-separated, best first). Lines "stem TAB word" and "shardKey TAB term" print the
// script's stem of the word and shard key of the term.
import fs from 'fs'
import path from 'path'
import {pathToFileURL} from 'url'

const [theme, folder] = process.argv.slice(2)
const {openIndex, shardKey} = await import(pathToFileURL(path.join(theme, 'assets/search/search-index.js')))
const {stemmer} = await import(pathToFileURL(path.join(theme, 'assets/search/stemmer.js')))
const index = openIndex(async p => fs.readFileSync(path.join(folder, p), 'utf8'))
const out = []
for (const line of fs.readFileSync(0, 'utf8').split('\n').filter(Boolean)) {
  const [mode, query, kind, key] = line.split('\t')
  if (mode === 'stem') {
    out.push(stemmer(query))
    continue
  }
  if (mode === 'shardKey') {
    out.push(shardKey(query))
    continue
  }
  const result = await index.search(query, kind ? {[kind]: key} : {})
  out.push(result.total + '\t' + result.ids.join(','))
}
process.stdout.write(out.join('\n') + '\n')
