def log = new File(basedir, 'build.log').text
def pom = new File(basedir, 'pom.xml').canonicalPath
// the POM names the setting at fault; the password in the URL is not printed
assert log.contains(pom + ": url 'mysql://localhost/shop")
assert log.contains("is not a PostgreSQL JDBC URL")
assert !log.contains('hunter2')
// -D overrides the POM's url; the mistyped key is named
assert log.contains(pom + ": unknown key 'ulr'")
// errors speak of the plugin's settings: no entities.classpath (the build's class path is used), no --target-url
assert log.contains(pom + ": check needs <entityPackages> in the plugin's configuration (or autogen.entities.packages)")
assert log.contains(pom + ": unknown key 'entities.classpath'; known keys are [")
assert log.readLines().findAll { it.contains('known keys are') }
    .every { !it.substring(it.indexOf('known keys are')).contains('entities.classpath') }
assert !log.contains('--target-url')
assert !log.contains('at dev.autogen.')
return true
