package dev.crmroi.analytics.quality;

import java.util.List;

/**
 * Records that are probably one real-world thing: a connected component of matching pairs.
 *
 * @param table the table
 * @param ids the records' ids, sorted
 * @param reason why they were grouped (every distinct matching rule, joined by "; ")
 * @param exact whether every record is identical to the others in every column but the id
 */
public record DuplicateGroup(String table, List<String> ids, String reason, boolean exact) {

  public DuplicateGroup {
    ids = List.copyOf(ids);
  }
}
