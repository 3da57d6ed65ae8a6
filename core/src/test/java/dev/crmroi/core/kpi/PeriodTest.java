package dev.crmroi.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void parse_quarter_coversItsThreeMonths() {
    Period q = Period.parse("2024-Q1");
    assertThat(q.start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(q.end()).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(q.endExclusive()).isEqualTo(LocalDate.of(2024, 4, 1));
    assertThat(q).hasToString("2024-Q1");
  }

  @Test
  void parse_leapFebruary_endsOn29th() {
    assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void parse_range_keepsBothBoundsInclusive() {
    Period r = Period.parse("2024-01-01..2024-06-30");
    assertThat(r.days()).isEqualTo(182);
    assertThat(r).hasToString("2024-01-01..2024-06-30");
  }

  @Test
  void parse_garbage_namesTheText() {
    assertThatThrownBy(() -> Period.parse("Q1-2024")).hasMessageContaining("'Q1-2024'");
    assertThatThrownBy(() -> Period.parse("2024-13")).hasMessageContaining("'2024-13'");
    assertThatThrownBy(() -> Period.parse("2024-06-30..2024-01-01"))
        .hasMessageContaining("before its start");
  }

  @Test
  void previous_firstQuarter_isLastQuarterOfPreviousYear() {
    assertThat(Period.parse("2024-Q1").previous()).hasToString("2023-Q4");
    assertThat(Period.parse("2024-01").previous()).hasToString("2023-12");
    assertThat(Period.parse("2024").previous()).hasToString("2023");
  }

  @Test
  void previous_range_isTheSameNumberOfDaysBefore() {
    Period r = Period.parse("2024-03-01..2024-03-10").previous();
    assertThat(r).hasToString("2024-02-20..2024-02-29");
  }

  @Test
  void yearEarlier_quarterAndMonth_shiftOneYear() {
    assertThat(Period.parse("2024-Q3").yearEarlier()).hasToString("2023-Q3");
    assertThat(Period.parse("2024-02").yearEarlier().end()).isEqualTo(LocalDate.of(2023, 2, 28));
  }

  @Test
  void months_rangeAcrossMonths_clipsFirstAndLast() {
    var months = Period.parse("2024-01-15..2024-03-10").months();
    assertThat(months)
        .extracting(Period::toString)
        .containsExactly("2024-01-15..2024-01-31", "2024-02", "2024-03-01..2024-03-10");
  }
}
