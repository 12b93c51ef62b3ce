package dev.disclosure.core.request;

import static dev.disclosure.core.request.Fixtures.MON_2026_09_28;
import static dev.disclosure.core.request.Fixtures.OFFICIAL;
import static dev.disclosure.core.request.Fixtures.WED_2026_09_30;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Finding;
import dev.disclosure.calendar.Language;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How each channel of submission is named and how its receipt date is explained (REQ-2, REQ-11):
 * the channel's label, and for fax and internet the sentence of a same-day confirmation and of a
 * later one, with the late confirmation's finding naming the channel.
 */
class SubmissionWordsTest {

  @Test
  @DisplayName("REQ-2: each channel's Chinese label")
  void labels() {
    assertThat(new Submission.InPerson(MON_2026_09_28).label()).isEqualTo("当面提交");
    assertThat(new Submission.RegisteredMail(MON_2026_09_28).label()).isEqualTo("邮寄（签收）");
    assertThat(new Submission.OrdinaryLetter(MON_2026_09_28, MON_2026_09_28).label())
        .isEqualTo("平常信函");
    assertThat(new Submission.Electronic(true, MON_2026_09_28, MON_2026_09_28).label())
        .isEqualTo("传真");
    assertThat(new Submission.Electronic(false, MON_2026_09_28, MON_2026_09_28).label())
        .isEqualTo("互联网");
  }

  @Test
  @DisplayName("REQ-2, REQ-11: a fax or internet application confirmed that day, or later, in its words")
  void electronicWords() {
    Submission.Electronic faxSameDay = new Submission.Electronic(true, MON_2026_09_28, MON_2026_09_28);
    assertThat(faxSameDay.phrase().english())
        .isEqualTo("sent by {0} on {1} and confirmed by both sides that day; received on {1}");
    assertThat(faxSameDay.phrase().values().get(0).toString()).contains("传真");
    assertThat(faxSameDay.lateConfirmation(OFFICIAL)).isEmpty();

    Submission.Electronic onlineLate =
        new Submission.Electronic(false, MON_2026_09_28, WED_2026_09_30);
    assertThat(onlineLate.phrase().english()).startsWith("sent by {0} on {1}, the day the system");
    Finding late = onlineLate.lateConfirmation(OFFICIAL).orElseThrow();
    assertThat(late.render(Language.ENGLISH))
        .contains("the online application reached the agency on")
        .contains("2 working days later");
    Finding faxLate =
        new Submission.Electronic(true, MON_2026_09_28, WED_2026_09_30)
            .lateConfirmation(OFFICIAL)
            .orElseThrow();
    assertThat(faxLate.render(Language.ENGLISH)).contains("the fax reached the agency on");
    assertThat(faxLate.render(Language.CHINESE)).contains("传真申请");
  }
}
