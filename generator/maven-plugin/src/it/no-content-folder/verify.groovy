// The wrong folder: one plain line that says where FactSite looked for content/ and what to do, no stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'content').canonicalPath
assert log.contains("content: error: there is no content folder here (expected at ${expected}); run the command in "
        + "the archive's folder") : 'the message does not say where content/ was expected'
assert !log.contains('\tat org.factsite') : 'a stack trace was printed'
assert !new File(basedir, 'target/site').exists()
return true
