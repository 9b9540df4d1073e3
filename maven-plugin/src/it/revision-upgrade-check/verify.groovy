def versions = new File(basedir, 'migrations/versions')
def files = versions.listFiles().findAll { it.name.endsWith('.java') }
assert files*.name == ['R0123456789ab_CreateCustomer.java'] : "revision files: ${files*.name}"
def migration = files[0].text
assert migration.contains('op.createTable("customer"')
assert migration.contains('column("phone_number", varchar(40))')

def sql = new File(basedir, 'target/upgrade.sql').text
assert sql.contains('CREATE TABLE customer')

def log = new File(basedir, 'build.log').text
assert log.contains('No new upgrade operations detected.')
assert log.contains('0123456789ab (head)')
return true
