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
// The build JVM and Maven's own JVM write the same site.
def inMaven = new File(basedir, 'target/site-in-maven')
def files = { File root -> def m = [:]; root.eachFileRecurse(groovy.io.FileType.FILES) { f -> m[root.toPath().relativize(f.toPath()).toString()] = f.bytes.encodeHex().toString() }; m }
assert files(site) == files(inMaven) : 'the forked build and the in-process build differ'
// The first forked build left a class-data sharing archive beside the plugin in the local repository.
def classData = new File(localRepositoryPath, "org/factsite/factsite-maven-plugin/${projectVersion}/class-data")
assert classData.listFiles().findAll { it.name ==~ /factsite-[0-9a-f]{16}-build\.jsa/ }.size() == 1 : "no class-data archive in ${classData}"
return true
