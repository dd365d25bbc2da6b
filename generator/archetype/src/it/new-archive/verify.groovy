// The archive the archetype made: its files, its check, then the site its Pages workflow's commands build.
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
assert !new File(desk, '.github/workflows/deploy-s3.yml').exists() : 'a Pages archive has no bucket workflow'
assert new File(desk, 'content/site.yaml').getText('UTF-8').contains('\nhosting: github-pages\n')
def workflow = new File(desk, '.github/workflows/pages.yml').getText('UTF-8')
assert workflow.contains('-Dfactsite.baseUrl="${{ steps.pages.outputs.base_url }}"') : 'GitHub expressions were filtered'
assert workflow.count('run: mvn ') == 1 : 'the workflow reads the archive once, in one Maven build'
// Asked for Vietnamese, the archive is Vietnamese: the desk's README, the example claim, the policy stubs and
// the description (English lines would show in its menu and pages).
def readme = new File(desk, 'README.md').getText('UTF-8')
assert readme.contains('## Hằng ngày') && !readme.contains('## Every day')
def example = new File(desk, 'content/claims/example-claim.md').getText('UTF-8')
assert example.contains('draft: true') && example.contains('title: "Tuyên bố mẫu này có đúng không?"')
assert !example.contains('#if') && !example.contains('#end') : 'Velocity directives left in the file'
assert new File(desk, 'content/pages/about.md').getText('UTF-8').startsWith('---\ntitle: Về chúng tôi\n')
assert new File(desk, 'content/site.yaml').getText('UTF-8').contains('Các bài kiểm chứng của')
// The policy stubs and the organisation block start unfinished, so they start as drafts (and commented out).
['about', 'methodology', 'corrections-policy', 'funding', 'contact'].each {
    assert new File(desk, "content/pages/${it}.md").getText('UTF-8').contains('\ndraft: true\n') : "${it} is no draft"
}
assert !(new File(desk, 'content/site.yaml').getText('UTF-8') =~ /(?m)^organization:/)

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('FactSite: checked 1 claims and 5 pages: no errors, 0 warnings') : 'site:check did not pass cleanly'

// The workflow's build steps, run as written (GitHub's expressions given the values Pages would give), from the
// integration tests' local repository: nothing but what this reactor installed there. The first push of a new
// archive must build. (Its fallback, building FactSite from source, needs GitHub: not run here.)
def workflowFile = new File(desk, '.github/workflows/pages.yml')
def steps = []
def current = null
def inRun = false
workflowFile.readLines('UTF-8').each { line ->
    if (line ==~ /^      - .*/) {
        current = [env: [:], run: null]
        steps << current
        inRun = false
    }
    def m
    if (current == null) return
    if (inRun && (line.isBlank() || line.startsWith('            '))) {
        current.run += line.replaceFirst('^            ', '') + '\n'
        return
    }
    inRun = false
    if ((m = line =~ /^\s+(?:- )?run: \|$/)) {
        current.run = ''
        inRun = true
    } else if ((m = line =~ /^\s+(?:- )?run: (.+)$/)) {
        current.run = m[0][1]
    } else if ((m = line =~ /^          ([A-Z_]+): (.+)$/)) {
        current.env[m[0][1]] = m[0][2].replaceAll(/^"(.*)"$/, '$1')
    }
}
def commands = steps.findAll { it.run != null }
assert commands.size() == 2 : "expected the get-FactSite and build steps, found ${commands}"
assert commands[0].env.FACTSITE_VERSION == projectVersion : 'the workflow names the same release as the pom'
def mavenConfig = new File(desk, '.mvn/maven.config')
mavenConfig.parentFile.mkdirs()
mavenConfig.text = "-Dmaven.repo.local=${localRepositoryPath}\n"
def runnerTemp = new File(basedir, 'runner-temp')
runnerTemp.mkdirs()
def run = { String script, Map env -> // [exit code, output]
    def process = new ProcessBuilder('bash', '-eo', 'pipefail', '-c', script).directory(desk).redirectErrorStream(true)
    process.environment().putAll(env)
    process.environment().put('RUNNER_TEMP', runnerTemp.path)
    process.environment().put('PATH', System.getProperty('maven.home') + '/bin:' + System.getenv('PATH'))
    def started = process.start()
    def output = started.inputStream.getText('UTF-8')
    new File(basedir, 'workflow.log') << output
    [started.waitFor(), output]
}
commands.each { step ->
    def script = step.run.replace('${{ steps.pages.outputs.base_url }}', 'https://desk.example/checks')
    def (code, output) = run(script, step.env)
    assert code == 0 : "the workflow step failed:\n${script}\n${output}"
}
assert !runnerTemp.list() : 'the plugin was at hand: nothing was built from source'

def site = new File(desk, 'target/site')
def home = new File(site, 'index.html').getText('UTF-8')
assert home.contains('<html lang="vi">')
assert home.contains('Desk&#39;s &quot;Checks&quot;: facts &amp; more # not a comment') || home.contains("Desk's &quot;Checks&quot;: facts &amp; more # not a comment") : 'the title as typed'
assert !new File(site, 'claims/example-claim').exists() : 'the example claim is a draft: not published'
['about', 'methodology', 'corrections-policy', 'funding', 'contact', 'about/organization'].each {
    assert !new File(site, "${it}/index.html").exists() : "the unfinished page ${it}/ was published"
}
assert new File(site, 'methodology/ratings/index.html').isFile()
assert !home.contains('About us') && !home.contains('How we check claims') : 'English in a Vietnamese archive'
assert !site.listFiles().any { it.name.endsWith('.json') && it.getText('UTF-8').contains('Replace') }

// Once undrafted (and the organisation block uncommented) without being written, the same rule applies: the
// check names every TODO left, with its line.
def siteYaml = new File(desk, 'content/site.yaml')
siteYaml.text = siteYaml.getText('UTF-8').replaceAll(/(?m)^# (organization:|  )/, '$1')
def about = new File(desk, 'content/pages/about.md')
about.text = about.getText('UTF-8').replace('draft: true\n', '')
def (code, output) = run('mvn -B site:check', [:])
assert code != 0 : "an unfinished archive passed its check:\n${output}"
['content/pages/about.md:8: error: the article is not written yet',
 'content/site.yaml:19: error: `organization.legalForm` is not written yet',
 'content/site.yaml:20: error: `organization.owners[1]` is not written yet',
 'content/site.yaml:22: error: `organization.team[1].name` is not written yet',
 'content/site.yaml:23: error: `organization.email` is not written yet',
 'content/site.yaml:25: error: `organization.funding[1].source` is not written yet'].each {
    assert output.contains(it) : "expected `${it}` in:\n${output}"
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
