// Runs after the consumer build passed. Checks what `mvn install` publishes: khabar-core and
// khabar-models each with a sources and a javadoc jar, and the POM metadata a public repository
// asks for (description, licence, SCM, developers). khabar-core and the POMs are read from
// target/it-repo, where invoker:install put them; invoker:install copies only the main jar of a
// module this one depends on, so khabar-models' attached jars are read from its build directory.
import groovy.xml.XmlSlurper
import java.util.zip.ZipFile

def version = projectVersion
def dir = { String artifact -> new File(localRepositoryPath, "io/khabar/$artifact/$version") }
def jar = { String artifact, String classifier ->
  def home = artifact == 'khabar-models' && classifier ? new File(modelsBuildDirectory) : dir(artifact)
  new File(home, "$artifact-$version${classifier ? '-' + classifier : ''}.jar")
}

['khabar-core', 'khabar-models'].each { artifact ->
  [null, 'sources', 'javadoc'].each { classifier ->
    def f = jar(artifact, classifier)
    assert f.isFile() && f.length() > 0 : "not installed: $f"
  }
  def pom = new XmlSlurper().parse(new File(dir(artifact), "$artifact-${version}.pom"))
  assert pom.name.text() && pom.description.text() : "$artifact: no name or description"
}

// the serve command's web server stays optional: library users must not inherit it
def corePom = new XmlSlurper().parse(new File(dir('khabar-core'), "khabar-core-${version}.pom"))
def jetty = corePom.dependencies.dependency.findAll { it.groupId.text() == 'org.eclipse.jetty' }
assert jetty.size() > 0 && jetty.every { it.optional.text() == 'true' } : 'jetty must be <optional> in khabar-core'

def entries = { File f -> new ZipFile(f).withCloseable { z -> z.entries().collect { it.name } } }
def javadoc = entries(jar('khabar-core', 'javadoc'))
['io/khabar/Extractor.html', 'io/khabar/Extraction.html', 'io/khabar/event/Event.html',
 'io/khabar/package-summary.html'].each {
  assert javadoc.contains(it) : "khabar-core javadoc jar has no $it"
}
assert entries(jar('khabar-core', 'sources')).contains('io/khabar/Extractor.java')
assert entries(jar('khabar-models', 'javadoc')).contains('index.html')

def parent = new XmlSlurper().parse(new File(dir('khabar-parent'), "khabar-parent-${version}.pom"))
assert parent.url.text() == 'https://github.com/khabar/khabar'
assert parent.licenses.license.name.text() == 'Apache License, Version 2.0'
assert parent.scm.url.text() && parent.scm.connection.text() : 'no SCM'
assert parent.developers.developer.size() > 0 : 'no developers'
return true
