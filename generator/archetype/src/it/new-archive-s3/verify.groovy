// Asked for a bucket, the archive gets the workflow that deploys to one instead of the Pages workflow, and a
// site.yaml whose build checks S3's limits.
def desk = new File(basedir, 'generated/desk')
def workflows = new File(desk, '.github/workflows').list() as List
assert workflows == ['deploy-s3.yml'] : "workflows: ${workflows}"
def workflow = new File(desk, '.github/workflows/deploy-s3.yml').getText('UTF-8')
assert workflow.contains('mvn -B package site:deploy') && workflow.contains('-Dfactsite.deploy.url="${{ vars.DEPLOY_URL }}"')
assert !workflow.contains('@project.version@') : 'the FactSite version was not filled in'
assert new File(desk, 'content/site.yaml').getText('UTF-8').contains('\nhosting: s3\n')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('FactSite: checked 1 claims and 5 pages: no errors') : 'site:check did not pass cleanly'
