package dev.autogen.introspect;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** Wraps a connection so that every statement execution through it is counted, however the statement was made. */
final class StatementCounter {

  private final AtomicInteger executions = new AtomicInteger();

  int executions() {
    return executions.get();
  }

  Connection wrap(Connection connection) {
    return (Connection) proxy(Connection.class, connection);
  }

  private Object proxy(Class<?> type, Object target) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (target instanceof Statement && method.getName().startsWith("execute")) {
        executions.incrementAndGet();
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
      return result instanceof Statement ? proxy(statementType(result), result) : result;
    };
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
  }

  private static Class<?> statementType(Object statement) {
    if (statement instanceof CallableStatement) {
      return CallableStatement.class;
    }
    return statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
  }
}
