def files = new File(basedir, 'migrations/versions').listFiles().findAll { it.name.endsWith('.java') }
assert files*.name == ['R00000000000b_Members.java'] : "revision files: ${files*.name}"
def migration = files[0].text
assert migration.contains('op.createTable("member"')
assert migration.contains('column("city", varchar(100)).notNull()')
assert migration.contains('column("street", varchar(200))')
assert migration.contains("'FREE'") && migration.contains("'PRO'")

def log = new File(basedir, 'build.log').text
assert log.contains('No new upgrade operations detected.')
return true
