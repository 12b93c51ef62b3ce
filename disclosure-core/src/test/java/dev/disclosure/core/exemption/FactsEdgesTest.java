package dev.disclosure.core.exemption;

import static dev.disclosure.core.exemption.Fixtures.CLASSIFIER_2019;
import static dev.disclosure.core.exemption.Fixtures.unmarked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.disclosure.core.InformationItem;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.Regime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Facts at the edges of what an item may claim: separation of a local ground alone (EX-5, EX-8),
 * content claimed for an item that does not exist or is not held (EX-4), and the classifier's
 * regime and extensions.
 */
class FactsEdgesTest {

  @Test
  @DisplayName("EX-5, EX-8: a local ground alone is something exempt to separate")
  void separableLocalGround() {
    assertThat(unmarked().addLocalGroundIds("SCHOOL-SAFETY").separable(true).build().separable())
        .isTrue();
    assertThatThrownBy(() -> unmarked().separable(true).build())
        .isInstanceOf(InvalidFactsException.class)
        .hasMessageContaining("EX-5: separable is set but nothing exempt is asserted");
  }

  @Test
  @DisplayName("EX-4: an item not held, or not existing, carries no content flag and no marking")
  void absentItemsClaimNothing() {
    for (InformationStatus absent :
        new InformationStatus[] {InformationStatus.NOT_HELD, InformationStatus.DOES_NOT_EXIST}) {
      assertThatThrownBy(
              () -> unmarked().status(absent).addContentFlags(ContentFlag.WORK_SECRET).build())
          .as("%s with a content flag", absent)
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("status is " + absent);
      assertThatThrownBy(
              () -> unmarked().status(absent).addUnestablishedFlags(ContentFlag.TRADE_SECRET).build())
          .as("%s with an unestablished flag", absent)
          .isInstanceOf(InvalidFactsException.class)
          .hasMessageContaining("status is " + absent);
      assertThat(unmarked().status(absent).build().status()).isEqualTo(absent);
    }
  }

  @Test
  @DisplayName("EX-3, EX-8: a classifier names its regime and has no local extension by default")
  void classifierAccessors() {
    assertThat(CLASSIFIER_2019.regime()).isEqualTo(Regime.OGI_2019);
    assertThat(CLASSIFIER_2019.extensions()).isEmpty();
  }

  @Test
  @DisplayName("EX-6: a review chain just started names its regime and item and is not complete")
  void chainAccessors() {
    InformationItem item = ReviewChainTest.item();
    ReviewChain chain = ReviewChain.start(Regime.OGI_2008, item);
    assertThat(chain.regime()).isEqualTo(Regime.OGI_2008);
    assertThat(chain.item()).isEqualTo(item);
    assertThat(chain.isComplete()).isFalse();
    assertThat(chain.opinions()).isEmpty();
  }
}
