def log = new File(basedir, 'build.log').text
assert log.contains('Running upgrade  -> 0123456789ab') || log.contains('Running upgrade <base> -> 0123456789ab') || log.contains('-> 0123456789ab, create customer')
assert log.contains("added column 'customer.email'")
assert log.contains('the entities and the migrations differ (1 new upgrade operation)')
// one line, no stack trace
assert !log.contains('at dev.autogen.')
return true
