def versions = new File(basedir, 'app/migrations/versions')
def files = versions.listFiles().findAll { it.name.endsWith('.java') }
assert files*.name == ['R00000000000a_Shop.java'] : "revision files: ${files*.name}"
def migration = files[0].text
assert migration.contains('op.createTable("product"')
assert migration.contains('op.createTable("order_line"')
assert migration.contains('column("created_at"')
assert migration.contains('op.addForeignKey("order_line"')
assert !new File(basedir, 'entities/migrations').exists()

def log = new File(basedir, 'build.log').text
assert log.contains('Skipping autogen (autogen.skip)')
assert log.contains('Running upgrade  -> 00000000000a, shop')
assert log.contains('No new upgrade operations detected.')
return true
