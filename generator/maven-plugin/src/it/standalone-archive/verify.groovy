// Checks what `mvn site:generate` wrote in a project that holds only pom.xml and content/.
def site = new File(basedir, 'target/site')
def page = new File(site, 'claims/moon-cheese/index.html')
assert page.isFile() : "no claim page at ${page}"
def html = page.getText('UTF-8')
assert html.contains('<h1>Is the Moon made of cheese?</h1>')
assert html.contains('href="#s1"') && html.contains('id="c1-2"')
assert html.contains('href="#c1-1" role="doc-backlink"')
assert html.contains('"@type":"ClaimReview"')
assert html.contains('href="/standalone/assets/style.css"')
assert new File(site, 'assets/style.css').isFile() : 'the bundled theme assets were not copied'
assert new File(site, 'index.html').getText('UTF-8').contains('/standalone/claims/moon-cheese/')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('factsite-maven-plugin') && log.contains(':generate')
assert !log.contains('maven-site-plugin') : 'the site prefix resolved to maven-site-plugin'
return true
