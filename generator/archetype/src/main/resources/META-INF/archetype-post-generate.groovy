// Keeps the workflow of the host the desk chose (-Dhosting=github-pages, the default, or s3) and deletes the other.
def archive = new File(request.outputDirectory, request.artifactId)
def hosting = request.properties.get('hosting')
def keep = hosting == 's3' ? 'deploy-s3.yml' : 'pages.yml'
['pages.yml', 'deploy-s3.yml'].findAll { it != keep }.each {
    new File(archive, ".github/workflows/${it}").delete()
}
