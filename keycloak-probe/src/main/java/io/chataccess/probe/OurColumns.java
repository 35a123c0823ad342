package io.chataccess.probe;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Reads the columns of the chat-access tables from the live database's JDBC metadata. */
final class OurColumns {

  private static final String TABLE_PREFIX = "CA_";

  private OurColumns() {}

  static Map<String, Map<String, Object>> read(Connection connection) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    Map<String, Map<String, Object>> columns = new TreeMap<>();
    try (ResultSet rows = metadata.getColumns(connection.getCatalog(), null, "%", "%")) {
      while (rows.next()) {
        String table = rows.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
        if (!table.startsWith(TABLE_PREFIX)) {
          continue;
        }
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("type", rows.getString("TYPE_NAME").toUpperCase(Locale.ROOT));
        column.put("size", rows.getInt("COLUMN_SIZE"));
        column.put("nullable", rows.getInt("NULLABLE") == DatabaseMetaData.columnNullable);
        columns.put(table + "." + rows.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), column);
      }
    }
    return columns;
  }
}
