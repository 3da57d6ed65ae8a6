package dev.crmroi.analytics.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

  @Test
  void share_onePercentBad_costsAbout18Points() {
    // 100 × e^(−20 × 0.01) = 81.873075307798...
    assertThat(Scoring.share(1, 100)).isCloseTo(81.87307530779818, within(1e-9));
  }

  @Test
  void share_oneInTwoHundredBad_isVisiblyBelow100() {
    assertThat(Scoring.share(1, 200)).isLessThan(91.0);
  }

  @Test
  void share_moreBadThanChecked_isClampedAtAllBad() {
    assertThat(Scoring.share(150, 100)).isEqualTo(Scoring.share(100, 100));
    assertThat(Scoring.share(100, 100)).isLessThan(1e-6);
  }

  @Test
  void share_nothingChecked_is100() {
    assertThat(Scoring.share(0, 0)).isEqualTo(100.0);
  }

  @Test
  void freshness_withinAMonthAndNoGaps_is100() {
    assertThat(Scoring.freshness(31, 0, 24)).isEqualTo(100.0);
  }

  @Test
  void freshness_halfWayToStaleWithOneGapInFour_isHalfOfThreeQuarters() {
    long halfWay = Scoring.FRESH_DAYS + (Scoring.STALE_DAYS - Scoring.FRESH_DAYS) / 2;
    assertThat(Scoring.freshness(halfWay, 1, 4)).isCloseTo(37.5, within(0.2));
  }

  @Test
  void freshness_beyondStale_isZero() {
    assertThat(Scoring.freshness(Scoring.STALE_DAYS + 10, 0, 12)).isEqualTo(0.0);
  }

  @Test
  void weighted_defaultWeights_isTheWeightedMean() {
    Map<QualityDimension, Double> s = Scoring.scores();
    s.put(QualityDimension.COMPLETENESS, 80.0);
    s.put(QualityDimension.VALIDITY, 100.0);
    s.put(QualityDimension.UNIQUENESS, 90.0);
    s.put(QualityDimension.CONSISTENCY, 70.0);
    s.put(QualityDimension.FRESHNESS, 50.0);
    // 0.25*80 + 0.25*100 + 0.20*90 + 0.20*70 + 0.10*50 = 20 + 25 + 18 + 14 + 5 = 82
    assertThat(Scoring.weighted(s, QualityWeights.defaults())).isCloseTo(82.0, within(1e-9));
  }

  @Test
  void weighted_withoutFreshness_renormalisesOverTheOtherWeights() {
    Map<QualityDimension, Double> s = Scoring.scores();
    s.put(QualityDimension.COMPLETENESS, 100.0);
    s.put(QualityDimension.VALIDITY, 100.0);
    s.put(QualityDimension.UNIQUENESS, 100.0);
    s.put(QualityDimension.CONSISTENCY, 10.0);
    // (0.25*100 + 0.25*100 + 0.20*100 + 0.20*10) / 0.9 = 72 / 0.9 = 80
    assertThat(Scoring.weighted(s, QualityWeights.defaults())).isCloseTo(80.0, within(1e-9));
  }

  @Test
  void overall_isTheMeanOfTableScores() {
    assertThat(Scoring.overall(List.of(100.0, 50.0, 90.0))).isCloseTo(80.0, within(1e-9));
  }

  @Test
  void weights_negative_namesTheWeight() {
    assertThatThrownBy(() -> new QualityWeights(0.2, -0.1, 0.2, 0.2, 0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validity")
        .hasMessageContaining("-0.1");
  }

  @Test
  void weights_allZero_areRejected() {
    assertThatThrownBy(() -> new QualityWeights(0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
