package dev.disclosure.core.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Applies a step expected to be refused and checks that the case did not change (REQ-9). */
final class Refusals {

  private Refusals() {}

  static RefusedStepException of(RequestCase c, RequestEvent event) {
    CaseStatus before = c.status();
    int steps = c.events().size();
    RefusedStepException refused =
        catchThrowableOfType(() -> c.apply(event), RefusedStepException.class);
    assertThat(refused).as("refused %s", event).isNotNull();
    assertThat(refused.getMessage())
        .contains(refused.rule().id(), refused.state().label(), event.step().label());
    assertThat(c.status()).isEqualTo(before);
    assertThat(c.events()).hasSize(steps);
    return refused;
  }
}
