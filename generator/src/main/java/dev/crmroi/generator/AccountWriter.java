package dev.crmroi.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes accounts and contacts, and appends the recorded duplicates (exact copies under a new id,
 * and fuzzy ones with a reworded name, a re-cased e-mail or a reformatted phone).
 */
final class AccountWriter {

  private final AccountBook book;
  private final Randoms randoms;
  private final DirtLog dirt;

  private record Row(String id, String[] fields) {}

  AccountWriter(AccountBook book, Randoms randoms, DirtLog dirt) {
    this.book = book;
    this.randoms = randoms;
    this.dirt = dirt;
  }

  void write(Export export) {
    List<Row> accounts = writeAccounts(export.accounts);
    List<Row> contacts = writeContacts(export.contacts);
    appendDuplicates(export.accounts, "accounts", accounts, Export.ACCOUNT, book.size(), 1);
    appendDuplicates(export.contacts, "contacts", contacts, Export.CONTACT, contactTotal(), 4);
  }

  private int contactTotal() {
    int last = book.size() - 1;
    return book.contactFirst[last] + book.contactCount[last];
  }

  private List<Row> writeAccounts(CsvSink sink) {
    List<Row> sample = new ArrayList<>();
    DirtLog.Picker duplicate = dirt.every(150, 7);
    DirtLog.Picker noIndustry = dirt.every(180, 41);
    for (int a = 0; a < book.size(); a++) {
      SplittableRandom rng = randoms.cell(Streams.ACCOUNTS, 200, a);
      String id = Export.id(Export.ACCOUNT, a + 1);
      String industry = book.industry(a);
      if (noIndustry.next()) {
        industry = null;
        dirt.missing("accounts", id, "industry");
      }
      String[] f = {
        book.name[a],
        industry,
        Unit.ALL.get(book.unitOf(a)).name(),
        AccountBook.SEGMENTS[book.segment[a]],
        book.sizeBand(rng, a),
        null,
        Export.id(Export.USER, book.owner(rng, a))
      };
      sink.text(id);
      for (int i = 0; i < f.length; i++) {
        if (i == 5) {
          sink.timestamp(book.createdSecond[a]);
        } else {
          sink.text(f[i]);
        }
      }
      sink.endRow();
      if (duplicate.next()) {
        f[5] = stampOf(book.createdSecond[a]);
        sample.add(new Row(id, f));
      }
    }
    return sample;
  }

  private List<Row> writeContacts(CsvSink sink) {
    List<Row> sample = new ArrayList<>();
    DirtLog.Picker duplicate = dirt.every(170, 11);
    DirtLog.Picker badEmail = dirt.every(900, 300);
    for (int a = 0; a < book.size(); a++) {
      SplittableRandom rng = randoms.cell(Streams.ACCOUNTS, 300, a);
      String domain = Names.domain(Names.company(a));
      int unit = book.unitOf(a);
      for (int c = book.contactFirst[a]; c < book.contactFirst[a] + book.contactCount[a]; c++) {
        String id = Export.id(Export.CONTACT, c + 1);
        String first = Names.FIRST[rng.nextInt(Names.FIRST.length)];
        String last = Names.LAST[rng.nextInt(Names.LAST.length)];
        String email = Names.emailLocal(first, last) + "@" + domain;
        if (badEmail.next()) {
          email = Names.emailLocal(first, last) + "." + domain;
          dirt.suspicious("contacts", id, "email", email, "malformed e-mail (no @)");
        }
        long created =
            Math.min(Timeline.END_EPOCH_SECOND, book.createdSecond[a] + 86_400L * rng.nextInt(90));
        String[] f = {
          Export.id(Export.ACCOUNT, a + 1),
          first,
          last,
          email,
          Names.phone(unit, rng),
          stampOf(created)
        };
        sink.text(id);
        for (String v : f) {
          sink.text(v);
        }
        sink.endRow();
        if (duplicate.next()) {
          sample.add(new Row(id, f));
        }
      }
    }
    return sample;
  }

  /** Alternates exact and fuzzy copies of the sampled rows, under ids after the last real one. */
  private void appendDuplicates(
      CsvSink sink, String table, List<Row> rows, byte[] prefix, int lastId, int fuzzyField) {
    long next = lastId + 1;
    for (int i = 0; i < rows.size(); i++) {
      Row original = rows.get(i);
      String id = Export.id(prefix, next++);
      String[] f = original.fields().clone();
      if (i % 2 == 0) {
        dirt.exactDuplicates.add(new Truth.Duplicate(table, id, original.id(), "exact copy"));
      } else {
        String reason = fuzz(table, f, i);
        dirt.fuzzyDuplicates.add(new Truth.Duplicate(table, id, original.id(), reason));
      }
      sink.text(id);
      for (String v : f) {
        sink.text(v);
      }
      sink.endRow();
    }
  }

  private static String fuzz(String table, String[] f, int i) {
    if (table.equals("accounts")) {
      String name = f[0];
      int cut = name.lastIndexOf(' ');
      String base = name.substring(0, cut);
      f[0] = (i % 4 == 1) ? base.toUpperCase(Locale.ROOT) + ", Inc." : base + " Corporation";
      return "name variant";
    }
    if (i % 4 == 1) {
      f[3] =
          Character.toUpperCase(f[3].charAt(0))
              + f[3].substring(1, f[3].indexOf('@'))
              + f[3].substring(f[3].indexOf('@')).toUpperCase(Locale.ROOT);
      return "e-mail differs in case";
    }
    f[4] = "(" + f[4].replace("+", "00").replace(' ', '-') + ")";
    return "phone formatted differently";
  }

  private static String stampOf(long epochSecond) {
    return Timeline.stamp(epochSecond);
  }
}
