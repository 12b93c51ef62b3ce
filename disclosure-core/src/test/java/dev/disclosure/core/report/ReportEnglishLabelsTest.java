package dev.disclosure.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.calendar.Phrase;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The English a report's findings name its rows and the topics of its text by (RPT-3): English
 * words for every value, none alike; a row that counts an outcome reads as the outcome does in a
 * request's findings (it read "not disclosed state secret", the constant's name).
 */
class ReportEnglishLabelsTest {

  private static <T extends Enum<T>> void readAsEnglish(T[] values, Function<T, String> english) {
    List<String> labels = Arrays.stream(values).map(english).toList();
    assertThat(labels).doesNotHaveDuplicates().allSatisfy(label -> {
      assertThat(label).isNotBlank().isEqualTo(label.strip());
      assertThat(Phrase.hasChinese(label)).as(label).isFalse();
    });
  }

  @Test
  @DisplayName("RPT-3: every row of the requests table reads in English, an outcome's row as the outcome")
  void requestRows() {
    readAsEnglish(RequestRow.values(), RequestRow::english);
    for (RequestRow row : RequestRow.values()) {
      row.outcome().ifPresent(outcome -> assertThat(row.english()).isEqualTo(outcome.english()));
    }
    assertThat(RequestRow.NEW_THIS_YEAR.english()).isEqualTo("new requests this year");
    assertThat(RequestRow.NOT_DISCLOSED_STATE_SECRET.english()).isNotEqualTo("not disclosed state secret");
  }

  @Test
  @DisplayName("RPT-3: every topic a report's text is checked on reads in English")
  void narrativeTopics() {
    readAsEnglish(Narrative.Topic.values(), Narrative.Topic::english);
    assertThat(Narrative.Topic.FEE_UNPAID.english()).isEqualTo("fee not paid in time");
  }
}
