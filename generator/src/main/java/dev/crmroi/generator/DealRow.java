package dev.crmroi.generator;

/** Formats one opportunity row, applying and recording the dirt picked for it. */
final class DealRow {

  private DealRow() {}

  static void write(
      CsvSink sink,
      SalesWriter w,
      DirtLog dirt,
      int number,
      Deal d,
      boolean open,
      long closed,
      long cents,
      long costCents,
      String currency) {
    String id = Export.id(Export.OPPORTUNITY, number);
    String stage = open ? "open" : d.won ? "won" : "lost";
    boolean lost = !open && !d.won;
    boolean noAmount = !open && d.won && w.missingAmount().next();
    boolean negative = lost && w.negativeAmount().next();
    boolean badStage = lost && w.unknownStage().next();
    boolean badDate = lost && !badStage && w.badDate().next();
    boolean backwards = !open && !badDate && w.closedBeforeCreated().next();
    if (badStage) {
      stage = "maybe";
      dirt.invalid("opportunities", id, "stage", stage, "unknown stage");
    }
    sink.id(Export.OPPORTUNITY, number)
        .timestamp(d.created)
        .id(Export.ACCOUNT, d.account + 1)
        .id(Export.USER, d.owner)
        .text(stage);
    if (open) {
      sink.empty();
    } else if (badDate) {
      String value = "2024-13-01T10:00:00Z";
      sink.text(value);
      dirt.invalid("opportunities", id, "closed_at", value, "month 13 is not a date");
    } else if (backwards) {
      long before = d.created - 86_400L * (3 + number % 20);
      sink.timestamp(before);
      dirt.suspicious(
          "opportunities", id, "closed_at", Timeline.stamp(before), "closed_at before created_at");
    } else {
      sink.timestamp(closed);
    }
    sink.text(SalesModel.TYPES[d.type]);
    if (noAmount) {
      sink.empty();
      dirt.missing("opportunities", id, "amount");
    } else if (negative) {
      sink.cents(-cents);
      dirt.suspicious("opportunities", id, "amount", "-" + centsText(cents), "negative amount");
    } else {
      sink.cents(cents);
    }
    sink.text(currency).cents(costCents).text(d.productLine);
    if (d.lead >= 0) {
      int campaign = w.campaignOfLead(d.lead);
      sink.text("marketing");
      if (campaign >= 0) {
        sink.id(Export.CAMPAIGN, campaign + 1);
      } else {
        sink.empty();
      }
    } else {
      sink.text("sales").empty();
    }
    sink.text(lost ? d.lostReason : null);
    sink.endRow();
  }

  static String centsText(long cents) {
    long c = cents % 100;
    return cents / 100 + "." + (c < 10 ? "0" + c : Long.toString(c));
  }
}
