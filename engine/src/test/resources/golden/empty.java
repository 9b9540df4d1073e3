import static dev.autogen.runtime.Dsl.*;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

/**
 * Revision e0e0e0e0e0e0.
 */
@Revision(
    id = "e0e0e0e0e0e0",
    revises = "c0ffee000001",
    created = "2026-11-25T12:04:11Z"
)
public final class Re0e0e0e0e0e0 implements Migration {
  @Override
  public void upgrade(Operations op) {
  }

  @Override
  public void downgrade(Operations op) {
  }
}
