// `mvn site:new -Dtitle=...` wrote a draft with every field, and `mvn site:check` passed on it, writing nothing.
def claim = new File(basedir, 'content/claims/is-the-tide-caused-by-the-moon.md')
assert claim.isFile() : "no new claim at ${claim}"
def text = claim.getText('UTF-8')
assert text.contains('title: "Is the tide caused by the Moon?"')
assert text.contains('draft: true')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('FactSite: wrote content/claims/is-the-tide-caused-by-the-moon.md')
assert log.contains('FactSite: checked 2 claims and 0 pages: no errors, 0 warnings')
assert !new File(basedir, 'target/site').exists() : 'a check writes nothing'
return true
