package dev.disclosure.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Checks the embedded official schedule day by day against two independent data sets: holiday-cn's
 * per-year JSON files and chinese-calendar's CSV, kept as test resources (see their {@code
 * SOURCES.txt}) so that the check runs on every clone.
 *
 * <p>When {@code ../shared/oracle} is beside the checkout (with {@code CI=true} it must be), the
 * copies are also checked to equal it.
 */
@DisplayName("CAL-1/CAL-2: the official calendar 2007-2026 agrees with independent holiday data")
class OfficialCalendarOracleTest {

  private static final LocalDate FIRST = LocalDate.of(2007, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2026, 12, 31);
  private static final String RESOURCES = "oracle/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Returns a data file of the test resources as text. */
  private static String resource(String name) throws IOException {
    try (InputStream in = OfficialCalendarOracleTest.class.getResourceAsStream(RESOURCES + name)) {
      assertThat(in).as("test resource %s", RESOURCES + name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> dataFiles() {
    List<String> names = new ArrayList<>();
    for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
      names.add("holiday-cn/" + year + ".json");
    }
    names.add("chinese-calendar.csv");
    return names;
  }

  @Test
  @DisplayName("the embedded copies equal ../shared/oracle where it is present (with CI=true it must be)")
  void copiesEqualTheSharedOracle() throws IOException {
    Path shared =
        Paths.get(System.getProperty("disclosure.oracle.dir", "../../shared/oracle"))
            .toAbsolutePath()
            .normalize();
    boolean present = Files.isDirectory(shared.resolve("holiday-cn"));
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertThat(present).as("CI=true requires the oracle data at %s", shared).isTrue();
    }
    int compared = 0;
    if (present) {
      for (String name : dataFiles()) {
        assertThat(resource(name))
            .as(name)
            .isEqualTo(Files.readString(shared.resolve(name), StandardCharsets.UTF_8));
        compared++;
      }
    }
    assertThat(compared).isEqualTo(present ? dataFiles().size() : 0);
  }

  /** One oracle entry: whether the day is off, and the name the source gives it. */
  private record OracleDay(boolean off, String name) {}

  private static Map<LocalDate, OracleDay> holidayCn() throws IOException {
    Map<LocalDate, OracleDay> days = new HashMap<>();
    for (String name : dataFiles()) {
      if (!name.endsWith(".json")) {
        continue;
      }
      for (JsonNode day : JSON.readTree(resource(name)).required("days")) {
        days.put(
            LocalDate.parse(day.required("date").asText()),
            new OracleDay(day.required("isOffDay").asBoolean(), day.required("name").asText()));
      }
    }
    return days;
  }

  private static boolean weekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  @Test
  @DisplayName("CAL-1: every day 2007-01-01..2026-12-31 is a working day exactly when holiday-cn says so")
  void everyDayMatchesHolidayCn() throws IOException {
    Map<LocalDate, OracleDay> oracleDays = holidayCn();
    WorkingDayCalendar calendar = ChinaCalendars.official();
    List<String> mismatches = new ArrayList<>();
    int days = 0;
    for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
      OracleDay entry = oracleDays.get(date);
      boolean expectedWorking = entry == null ? !weekend(date) : !entry.off();
      if (calendar.isWorkingDay(date) != expectedWorking) {
        mismatches.add(date + " oracle " + entry + " library " + calendar.dayOf(date));
      }
      days++;
    }
    assertThat(days).isEqualTo(7305);
    assertThat(mismatches).isEmpty();
  }

  @Test
  @DisplayName("CAL-2: every day holiday-cn lists carries the holiday holiday-cn names")
  void holidayNamesMatchHolidayCn() throws IOException {
    WorkingDayCalendar calendar = ChinaCalendars.official();
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<LocalDate, OracleDay> entry : holidayCn().entrySet()) {
      LocalDate date = entry.getKey();
      if (date.isBefore(FIRST) || date.isAfter(LAST)) {
        continue;
      }
      CalendarDay day = calendar.dayOf(date);
      String expected = normalize(entry.getValue().name());
      if (entry.getValue().off()) {
        assertThat(day.kind()).as(date.toString()).isEqualTo(DayKind.STATUTORY_HOLIDAY);
      } else if (weekend(date)) {
        assertThat(day.kind()).as(date.toString()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
      } else {
        continue; // a weekday the notice merely mentions as back to work (2020-02-03)
      }
      String actual = normalize(day.holiday().orElseThrow().label());
      if (!actual.equals(expected)) {
        mismatches.add(date + ": oracle " + expected + ", library " + actual);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /** Maps the sources' spellings of one holiday to one key. */
  private static String normalize(String name) {
    if (name.contains("五一") || name.equals("劳动节")) {
      return "劳动节";
    }
    if (name.contains("十一")) {
      return "国庆节";
    }
    if (name.contains("国庆") && name.contains("中秋")) {
      return "国庆节、中秋节";
    }
    if (name.contains("抗日战争")) {
      return "抗战胜利70周年纪念日";
    }
    if (name.equals("春节假期延长")) {
      return "春节";
    }
    return name;
  }

  @Test
  @DisplayName("CAL-1: every day agrees with chinese-calendar's CSV as well")
  void everyDayMatchesChineseCalendarCsv() throws IOException {
    Map<LocalDate, Boolean> off = new HashMap<>();
    for (String line : resource("chinese-calendar.csv").split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split(",");
      if (fields[0].equals("date")) {
        continue;
      }
      off.put(LocalDate.parse(fields[0]), fields[1].equals("holiday"));
    }
    WorkingDayCalendar calendar = ChinaCalendars.official();
    List<LocalDate> mismatches = new ArrayList<>();
    for (LocalDate date = FIRST; !date.isAfter(LAST); date = date.plusDays(1)) {
      boolean expectedWorking = !off.getOrDefault(date, weekend(date));
      if (calendar.isWorkingDay(date) != expectedWorking) {
        mismatches.add(date);
      }
    }
    assertThat(mismatches).isEmpty();
  }
}
