// The archive the archetype made: its files, then the site `mvn site:check package` built from it.
def desk = new File(basedir, 'generated/desk')
['pom.xml', '.gitignore', 'README.md', 'content/site.yaml', 'content/claims/example-claim.md',
 'content/pages/about.md', 'content/pages/methodology.md', 'content/pages/corrections-policy.md',
 'content/pages/funding.md', 'content/pages/contact.md', '.github/workflows/pages.yml'].each {
    assert new File(desk, it).isFile() : "the archetype did not write ${it}"
}
def pom = new File(desk, 'pom.xml').getText('UTF-8')
assert pom.contains('<artifactId>factsite-maven-plugin</artifactId>') && pom.contains("<version>${projectVersion}</version>")
assert pom.contains('<groupId>org.example.desk</groupId>') && pom.contains('<artifactId>desk</artifactId>')
assert new File(desk, '.gitignore').getText('UTF-8').trim() == 'target/'
def workflow = new File(desk, '.github/workflows/pages.yml').getText('UTF-8')
assert workflow.contains('-Dfactsite.baseUrl="${{ steps.pages.outputs.base_url }}"') : 'GitHub expressions were filtered'
assert workflow.count('run: mvn ') == 1 : 'the workflow reads the archive once, in one Maven build'
assert new File(desk, 'README.md').getText('UTF-8').contains('## Every day')
assert new File(desk, 'content/claims/example-claim.md').getText('UTF-8').contains('draft: true')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('FactSite: checked 1 claims and 5 pages: no errors, 0 warnings') : 'site:check did not pass cleanly'

def site = new File(desk, 'target/site')
def home = new File(site, 'index.html').getText('UTF-8')
assert home.contains('<html lang="vi">')
assert home.contains('Desk&#39;s &quot;Checks&quot;: facts &amp; more # not a comment') || home.contains("Desk's &quot;Checks&quot;: facts &amp; more # not a comment") : 'the title as typed'
assert !new File(site, 'claims/example-claim').exists() : 'the example claim is a draft: not published'
['about', 'methodology', 'corrections-policy', 'funding', 'contact', 'methodology/ratings', 'about/organization'].each {
    assert new File(site, "${it}/index.html").isFile() : "no page ${it}/"
}

// Every link and source inside the site leads to a file of the site (the base path is /checks/).
def broken = []
site.eachFileRecurse(groovy.io.FileType.FILES) { page ->
    if (!page.name.endsWith('.html')) return
    (page.getText('UTF-8') =~ /(?:href|src)="([^"]+)"/).each { match ->
        def target = match[1].replaceFirst('^https://desk\\.example', '').replaceAll('[#?].*$', '')
        if (!target.startsWith('/checks/')) return  // other sites, and in-page anchors
        def file = new File(site, target.substring('/checks/'.length()))
        if (target.endsWith('/')) file = new File(file, 'index.html')
        if (!file.isFile()) broken << "${site.toPath().relativize(page.toPath())}: ${match[1]}"
    }
}
assert broken.isEmpty() : "broken links:\n" + broken.unique().take(20).join('\n')
return true
