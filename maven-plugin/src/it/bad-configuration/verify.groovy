def log = new File(basedir, 'build.log').text
def pom = new File(basedir, 'pom.xml').canonicalPath
// the POM names the setting at fault; the password in the URL is not printed
assert log.contains(pom + ": url 'mysql://localhost/shop")
assert log.contains("is not a PostgreSQL JDBC URL")
assert !log.contains('hunter2')
// -D overrides the POM's url; the mistyped key is named
assert log.contains(pom + ": unknown key 'ulr'")
assert !log.contains('at dev.autogen.')
return true
