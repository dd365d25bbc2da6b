// Both goals (check, then generate, each in a JVM of its own) fail naming every problem with file and line, once
// each, without a Java stack trace; nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
['check', 'generate'].each { goal ->
    assert log.contains(":${goal} (default-cli) on project content-errors: FactSite found 3 errors in 1 file; nothing was written") : goal
}
['content/claims/bad.md:4: error: unknown verdict `ture` (did you mean `true`?)',
 'content/claims/bad.md:5: error: `checked`: 2025-13-01 is not a real date',
 'content/claims/bad.md:7: error: citation [4] names no source'].each { error ->
    assert log.count(error) == 2 : "${error} once from each goal"
}
assert !log.contains('\tat org.factsite') : 'a stack trace was printed'
assert !log.contains('MojoExecutionException')
assert !new File(basedir, 'target/site').exists()
return true
