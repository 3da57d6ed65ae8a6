package dev.crmroi.generator;

import java.util.ArrayList;
import java.util.List;

/** The dated confounders the model contains, as events for the config and the truth. */
final class Confounders {

  private Confounders() {}

  static List<Truth.Event> events(Workforce staff) {
    List<Truth.Event> events = new ArrayList<>();
    String priceDay = SalesModel.PRICE_CHANGE.atDay(1).toString();
    for (Unit u : Unit.ALL) {
      events.add(
          new Truth.Event(
              priceDay,
              u.name(),
              "list price increase +"
                  + Math.round((SalesModel.PRICE_CHANGE_FACTOR - 1) * 100)
                  + "%",
              "price_change"));
    }
    Unit lineUnit = Unit.ALL.get(SalesModel.PRODUCT_LINE_UNIT);
    events.add(
        new Truth.Event(
            SalesModel.PRODUCT_LINE_LAUNCH.atDay(1).toString(),
            lineUnit.name(),
            "new product line "
                + SalesModel.PRODUCT_LINE
                + " (product_line="
                + SalesModel.PRODUCT_LINE
                + ")",
            "product_line"));
    Unit wave = Unit.ALL.get(Workforce.HIRING_WAVE_UNIT);
    events.add(
        new Truth.Event(
            Timeline.month(wave.goLiveIndex() - 2).atDay(1).toString(),
            wave.name(),
            "sales hiring wave: " + staff.hiringWaveReps() + " new reps ramping up",
            "hiring_wave"));
    return events;
  }
}
