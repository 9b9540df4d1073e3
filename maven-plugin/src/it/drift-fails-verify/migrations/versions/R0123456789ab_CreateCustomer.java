import static dev.autogen.runtime.Dsl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

@Revision(id = "0123456789ab", message = "create customer", created = "2026-12-06T18:37:33Z")
public final class R0123456789ab_CreateCustomer implements Migration {
  @Override
  public void upgrade(Operations op) {
    op.createTable("customer",
        column("id", bigint()).notNull(),
        column("phone_number", varchar(40)),
        primaryKey("id"));
  }

  @Override
  public void downgrade(Operations op) {
    op.dropTable("customer");
  }
}
