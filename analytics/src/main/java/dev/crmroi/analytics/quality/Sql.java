package dev.crmroi.analytics.quality;

import dev.crmroi.store.SqlResource;
import dev.crmroi.store.StoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the audit's SQL resources on one connection and maps small results to Java. */
final class Sql {
  private final Connection connection;

  Sql(Connection connection) {
    this.connection = connection;
  }

  /** Runs the resource {@code name} (one or more statements) with its placeholders filled. */
  void run(String name, Map<String, String> values) {
    execute(SqlResource.render(Sql.class, name, values));
  }

  /** Runs SQL text. */
  void execute(String sql) {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new StoreException("quality audit query failed: " + e.getMessage(), e);
    }
  }

  /** The rows of the resource {@code name}, each mapped by {@code mapper}. */
  <T> List<T> query(String name, Map<String, String> values, RowMapper<T> mapper) {
    return select(SqlResource.render(Sql.class, name, values), mapper);
  }

  /** The rows of an SQL query, each mapped by {@code mapper}. */
  <T> List<T> select(String sql, RowMapper<T> mapper) {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      List<T> out = new ArrayList<>();
      while (r.next()) {
        out.add(mapper.map(r));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("quality audit query failed: " + e.getMessage(), e);
    }
  }

  /** A text array column as a list of strings. */
  static List<String> strings(ResultSet r, String column) throws SQLException {
    java.sql.Array array = r.getArray(column);
    List<String> out = new ArrayList<>();
    if (array != null) {
      for (Object o : (Object[]) array.getArray()) {
        out.add(String.valueOf(o));
      }
    }
    return out;
  }

  /** Maps the current row of a result set. */
  interface RowMapper<T> {
    T map(ResultSet r) throws SQLException;
  }
}
