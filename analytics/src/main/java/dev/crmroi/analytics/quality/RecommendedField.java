package dev.crmroi.analytics.quality;

import dev.crmroi.store.SqlResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A field a good CRM fills although the data model does not require it, read from {@code
 * recommended.txt} beside this class (where the list is documented).
 *
 * @param table the table
 * @param column the column
 * @param when the SQL condition on the row under which the field is expected, if only sometimes
 */
record RecommendedField(String table, String column, Optional<String> when) {

  /** Every recommended field, in file order. */
  static List<RecommendedField> all() {
    List<RecommendedField> out = new ArrayList<>();
    for (String line : SqlResource.text(RecommendedField.class, "recommended.txt").split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] condition = trimmed.split("\\|", 2);
      String[] words = condition[0].strip().split("\\s+");
      if (words.length != 2) {
        throw new IllegalStateException("recommended.txt: expected 'table column' in: " + line);
      }
      Optional<String> when =
          condition.length == 2 ? Optional.of(condition[1].strip()) : Optional.empty();
      out.add(new RecommendedField(words[0], words[1], when));
    }
    return out;
  }
}
