// The failure names every problem with file and line, once, without a Java stack trace; nothing is written.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('FactSite found 3 errors in 1 file; nothing was written')
assert log.contains('content/claims/bad.md:4: error: unknown verdict `ture` (did you mean `true`?)')
assert log.contains('content/claims/bad.md:5: error: `checked`: 2025-13-01 is not a real date')
assert log.contains('content/claims/bad.md:7: error: citation [4] names no source')
assert !log.contains('\tat org.factsite') : 'a stack trace was printed'
assert !log.contains('MojoExecutionException')
assert !new File(basedir, 'target/site').exists()
return true
