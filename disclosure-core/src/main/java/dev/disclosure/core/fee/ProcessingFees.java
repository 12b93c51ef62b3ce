package dev.disclosure.core.fee;

import com.google.common.collect.ImmutableList;
import dev.disclosure.calendar.Citation;
import dev.disclosure.calendar.Phrase;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.LegalSources;
import dev.disclosure.core.law.Rules;
import java.util.ArrayList;
import java.util.List;

/**
 * OGI_2019's processing fee (信息处理费, REQ-8, FEE-2020 第三条至第五条): the progressive bands per request and
 * per volume. Not public; reached through {@link FeeCalculator}.
 */
final class ProcessingFees {

  /**
   * The highest position of a request in one natural month that is priced. [convention] The text
   * sets no upper bound; a bound keeps an itemized answer finite (one line per band of 10), and
   * 100,000 requests in one month lies far beyond any case the fee rules were written for.
   */
  static final int MAX_MONTHLY_POSITION = 100_000;

  static final Citation ONE_BASIS =
      Citation.of(
          LegalSources.FEE_2020,
          "第三条",
          "信息处理费可以按件计收，也可以按量计收，均按照超额累进方式计算收费金额。" + "行政机关对每件申请可以根据实际情况选择适用其中一种标准，但不得同时按照两种标准重复计算。");

  static final Citation PER_REQUEST =
      Citation.of(
          LegalSources.FEE_2020,
          "第四条",
          "……按件计收执行下列收费标准：（一）同一申请人一个自然月内累计申请10件以下（含10件）的，不收费。"
              + "（二）同一申请人一个自然月内累计申请11—30件（含30件）的部分：100元/件。"
              + "（三）同一申请人一个自然月内累计申请31件以上的部分：以10件为一档，每增加一档，收费标准提高100元/件。");

  static final Citation PER_VOLUME =
      Citation.of(
          LegalSources.FEE_2020,
          "第五条",
          "按量计收适用于申请人要求以提供纸质件、发送电子邮件、复制电子数据等方式获取政府信息的情形。"
              + "……（一）30页以下（含30页）的，不收费。（二）31—100页（含100页）的部分：10元/页。"
              + "（三）101—200页（含200页）的部分：20元/页。（四）201页以上的部分：40元/页。");

  private static final int FREE_REQUESTS = 10;
  private static final int FIRST_PAID_BAND_END = 30;
  private static final int BAND_WIDTH = 10;
  private static final long BAND_STEP_YUAN = 100;

  private ProcessingFees() {}

  /** Returns the price of the request at a 1-based position within the applicant's month. */
  static Yuan priceOfRequest(int position) {
    if (position <= FREE_REQUESTS) {
      return Yuan.ZERO;
    }
    if (position <= FIRST_PAID_BAND_END) {
      return Yuan.of(BAND_STEP_YUAN);
    }
    long bandsAbove = (position - FIRST_PAID_BAND_END - 1) / BAND_WIDTH;
    return Yuan.of(BAND_STEP_YUAN * (2 + bandsAbove));
  }

  /** Returns the last position of the band holding {@code position}. */
  private static int bandEnd(int position) {
    if (position <= FREE_REQUESTS) {
      return FREE_REQUESTS;
    }
    if (position <= FIRST_PAID_BAND_END) {
      return FIRST_PAID_BAND_END;
    }
    return FIRST_PAID_BAND_END
        + ((position - FIRST_PAID_BAND_END - 1) / BAND_WIDTH + 1) * BAND_WIDTH;
  }

  /** Prices the {@code first}-th to {@code last}-th requests of one natural month, band by band. */
  static FeeAssessment perRequests(int first, int last) {
    List<Problem> problems = new ArrayList<>();
    if (first < 1) {
      problems.add(
          new Problem(
              Rules.REQ_8,
              "first position "
                  + first
                  + " is not a request; positions in a natural month count from 1 (FEE-2020 第四条)"));
    }
    if (last < 1) {
      problems.add(
          new Problem(
              Rules.REQ_8,
              "last position "
                  + last
                  + " is not a request; positions in a natural month count from 1 (FEE-2020 第四条)"));
    }
    if (first > last) {
      problems.add(
          new Problem(
              Rules.REQ_8,
              "first position "
                  + first
                  + " is after last position "
                  + last
                  + "; give the range as first ≤ last (FEE-2020 第四条)"));
    }
    if (last > MAX_MONTHLY_POSITION) {
      problems.add(
          new Problem(
              Rules.REQ_8,
              "position "
                  + last
                  + " exceeds "
                  + MAX_MONTHLY_POSITION
                  + ", the highest position priced in one natural month [convention]"));
    }
    InvalidFactsException.throwIfAny("ProcessingFee (按件计收)", problems);
    ImmutableList.Builder<FeeLine> lines = ImmutableList.builder();
    int from = first;
    while (from <= last) {
      int to = Math.min(bandEnd(from), last);
      long count = to - from + 1L;
      lines.add(
          new FeeLine(
              Rules.REQ_8,
              requestBandLabel(from, to),
              count,
              Phrase.of("件", count == 1 ? "request" : "requests"),
              priceOfRequest(from),
              PER_REQUEST));
      from = to + 1;
    }
    return FeeAssessment.processing(ChargingMethod.PER_REQUEST, lines.build());
  }

  private static Phrase requestBandLabel(int from, int to) {
    int end = bandEnd(from);
    int start = end == FREE_REQUESTS ? 1 : end == FIRST_PAID_BAND_END ? 11 : end - BAND_WIDTH + 1;
    return from == to
        ? Phrase.of(
            "本自然月累计申请第{0}件（第{1}—{2}件档）",
            "request {0} of the natural month (band {1} to {2})",
            from,
            start,
            end)
        : Phrase.of(
            "本自然月累计申请第{0}—{1}件（第{2}—{3}件档）",
            "requests {0} to {1} of the natural month (band {2} to {3})",
            from,
            to,
            start,
            end);
  }

  /** Prices one request of {@code pages} pages, band by band. */
  static FeeAssessment perVolume(int pages) {
    if (pages < 1) {
      throw new InvalidFactsException(
          "ProcessingFee (按量计收)",
          List.of(
              new Problem(
                  Rules.REQ_8,
                  "pages "
                      + pages
                      + " is not a volume; a request priced by volume has 1 page or more (FEE-2020"
                      + " 第五条)")));
    }
    ImmutableList.Builder<FeeLine> lines = ImmutableList.builder();
    addPages(lines, pages, 1, 30, 0, Phrase.of("30页以下（含30页）", "up to 30 pages (30 included)"));
    addPages(
        lines,
        pages,
        31,
        100,
        10,
        Phrase.of("31—100页（含100页）的部分", "pages 31 to 100 (100 included)"));
    addPages(
        lines,
        pages,
        101,
        200,
        20,
        Phrase.of("101—200页（含200页）的部分", "pages 101 to 200 (200 included)"));
    addPages(
        lines,
        pages,
        201,
        Integer.MAX_VALUE,
        40,
        Phrase.of("201页以上的部分", "pages from 201 on"));
    return FeeAssessment.processing(ChargingMethod.PER_VOLUME, lines.build());
  }

  private static void addPages(
      ImmutableList.Builder<FeeLine> lines,
      int pages,
      int from,
      int to,
      long yuanPerPage,
      Phrase band) {
    if (pages < from) {
      return;
    }
    long count = (long) Math.min(pages, to) - from + 1;
    lines.add(
        new FeeLine(
            Rules.REQ_8,
            band,
            count,
            Phrase.of("页", count == 1 ? "page" : "pages"),
            Yuan.of(yuanPerPage),
            PER_VOLUME));
  }
}
