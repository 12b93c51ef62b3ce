package dev.disclosure.core.proactive;

import static dev.disclosure.core.Renderings.chinese;
import static dev.disclosure.core.Renderings.english;
import static org.assertj.core.api.Assertions.assertThat;

import dev.disclosure.core.law.Rules;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RestrictedInformationTest {

  @Test
  @DisplayName(
      "PRO-1 (002 主动公开制度一、3): epidemic, geographic and statistical information is published only"
          + " within the authority and procedure the rules set")
  void restricted() {
    assertThat(Arrays.stream(RestrictedInformation.values()).map(RestrictedInformation::label))
        .containsExactly("农产品质量安全状况", "重大传染病疫情", "重大动物疫情", "重要地理信息数据", "统计信息");
    assertThat(chinese(RestrictedInformation.MAJOR_ANIMAL_EPIDEMICS.finding()))
        .startsWith("[PRO-1] 发布重大动物疫情，要严格按照法律、行政法规和国家有关规定的权限和程序执行");
    for (RestrictedInformation kind : RestrictedInformation.values()) {
      assertThat(kind.finding().rule()).isEqualTo(Rules.PRO_1);
      assertThat(RestrictedInformation.CITATION.wording()).contains(kind.label());
      english(kind.finding());
    }
  }
}
