// The build says the site's size against its host; the deploy fails with what to do, without a stack trace.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /FactSite: built 1 claims, .*; the site: .* files \(S3-compatible storage\)/ : 'no size line'
assert log.contains('FactSite: no credentials for the bucket: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the environment') : 'no readable message'
assert !log.contains('\tat org.factsite') && !log.contains('\tat software.amazon') : 'a stack trace was printed'
assert !log.contains('MojoExecutionException')
assert !new File(basedir, 'target/factsite-deploy-changes.txt').exists() : 'the deploy planned without a bucket listing'
return true
