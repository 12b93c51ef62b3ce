package dev.disclosure.core.request;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import dev.disclosure.core.AnswerKind;
import dev.disclosure.core.InvalidFactsException;
import dev.disclosure.core.InvalidFactsException.Problem;
import dev.disclosure.core.law.Rules;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An answer to a request (答复, REQ-3, REQ-4) with the content its kind requires and the annual
 * report row it counts in (REQ-5).
 *
 * <p>Content each kind requires: {@code ALREADY_PUBLISHED} how to obtain the information (获取方式和途径);
 * {@code PARTIALLY_DISCLOSED} what was withheld and why (不予公开的内容及理由); {@code NOT_DISCLOSED} the
 * reasons (理由); {@code NOT_THIS_AGENCYS} the responsible agency and its contact when it can be
 * determined, otherwise why not (负责公开机关的名称、联系方式); {@code PETITION_NOT_PROCESSED} the notice that
 * the petition, complaint or report is not processed as a request, with the channel to use where
 * the agency gives one (不作为政府信息公开申请处理，相应渠道); {@code PUBLICATION_REQUESTED} how to obtain the
 * publication (获取的途径) — OGI-2019 第三十九条第二款 says the agency may tell it, and [convention] an answer
 * of this kind is required to, since otherwise it says nothing. Other kinds may leave it blank.
 *
 * <p>Report row [convention]: {@code DISCLOSED} and {@code ALREADY_PUBLISHED} count as 予以公开; {@code
 * PARTIALLY_DISCLOSED} as 部分公开; {@code NOT_DISCLOSED} in the 不予公开 sub-row of its reason category,
 * which the caller must choose; {@code DOES_NOT_EXIST} and {@code NOT_THIS_AGENCYS} as 无法提供／本机关不掌握
 * unless the caller chooses another 无法提供 sub-row ({@code DOES_NOT_EXIST} also 没有现成信息需要另行制作 or,
 * after a correction, 补正后申请内容仍不明确); {@code REPEATED_REQUEST} as 不予处理／重复申请, or 要求确认或重新出具已获取信息;
 * {@code EXCESSIVE_NOT_PROCESSED} as 不予处理／无正当理由大量反复申请; {@code PETITION_NOT_PROCESSED} as
 * 不予处理／信访举报投诉类申请; {@code PUBLICATION_REQUESTED} as 不予处理／要求提供公开出版物; {@code SPECIAL_STATUTORY_ACCESS} and the
 * OGI_2008 answers {@code UNCLEAR_REQUEST} and {@code UNRELATED_TO_NEEDS} as 其他处理／其他.
 *
 * @param kind the kind of answer
 * @param content the content the kind requires, possibly blank for kinds that need none
 * @param row the report row the closed request counts in
 */
public record Answer(AnswerKind kind, String content, OutcomeRow row) {

  private static final Map<AnswerKind, Set<OutcomeRow>> ROWS =
      ImmutableMap.<AnswerKind, Set<OutcomeRow>>builder()
          .put(AnswerKind.ALREADY_PUBLISHED, EnumSet.of(OutcomeRow.DISCLOSED))
          .put(AnswerKind.DISCLOSED, EnumSet.of(OutcomeRow.DISCLOSED))
          .put(AnswerKind.PARTIALLY_DISCLOSED, EnumSet.of(OutcomeRow.PARTIALLY_DISCLOSED))
          .put(
              AnswerKind.NOT_DISCLOSED,
              EnumSet.range(
                  OutcomeRow.NOT_DISCLOSED_STATE_SECRET,
                  OutcomeRow.NOT_DISCLOSED_ADMINISTRATIVE_QUERY))
          .put(
              AnswerKind.DOES_NOT_EXIST,
              EnumSet.range(OutcomeRow.UNAVAILABLE_NOT_HELD, OutcomeRow.UNAVAILABLE_STILL_UNCLEAR))
          .put(AnswerKind.NOT_THIS_AGENCYS, EnumSet.of(OutcomeRow.UNAVAILABLE_NOT_HELD))
          .put(
              AnswerKind.REPEATED_REQUEST,
              EnumSet.of(OutcomeRow.NOT_PROCESSED_REPEATED, OutcomeRow.NOT_PROCESSED_CONFIRMATION))
          .put(AnswerKind.UNRELATED_TO_NEEDS, EnumSet.of(OutcomeRow.OTHER))
          .put(AnswerKind.UNCLEAR_REQUEST, EnumSet.of(OutcomeRow.OTHER))
          .put(AnswerKind.SPECIAL_STATUTORY_ACCESS, EnumSet.of(OutcomeRow.OTHER))
          .put(AnswerKind.EXCESSIVE_NOT_PROCESSED, EnumSet.of(OutcomeRow.NOT_PROCESSED_EXCESSIVE))
          .put(AnswerKind.PETITION_NOT_PROCESSED, EnumSet.of(OutcomeRow.NOT_PROCESSED_PETITION))
          .put(AnswerKind.PUBLICATION_REQUESTED, EnumSet.of(OutcomeRow.NOT_PROCESSED_PUBLICATION))
          .build();

  private static final Set<AnswerKind> NEED_CONTENT =
      EnumSet.of(
          AnswerKind.ALREADY_PUBLISHED,
          AnswerKind.PARTIALLY_DISCLOSED,
          AnswerKind.NOT_DISCLOSED,
          AnswerKind.NOT_THIS_AGENCYS,
          AnswerKind.PETITION_NOT_PROCESSED,
          AnswerKind.PUBLICATION_REQUESTED);

  /**
   * Checks the answer.
   *
   * @param kind the kind of answer
   * @param content the content the kind requires, possibly blank for kinds that need none
   * @param row the report row the closed request counts in
   * @throws InvalidFactsException if the kind needs content and it is blank (REQ-3, REQ-4), or the
   *     row is not one the kind counts in (REQ-5)
   */
  public Answer {
    requireNonNull(kind, "kind");
    requireNonNull(content, "content");
    requireNonNull(row, "row");
    if (NEED_CONTENT.contains(kind) && content.isBlank()) {
      throw new InvalidFactsException(
          "Answer",
          Rules.REQ_4,
          "a "
              + kind
              + " ("
              + kind.label()
              + ") answer must state "
              + required(kind)
              + "; the content is blank");
    }
    if (!ROWS.get(kind).contains(row)) {
      throw new InvalidFactsException(
          "Answer",
          List.of(
              new Problem(
                  Rules.REQ_5,
                  "a "
                      + kind
                      + " answer counts in one of "
                      + ROWS.get(kind)
                      + ", not in "
                      + row
                      + " ("
                      + row.label()
                      + ")")));
    }
  }

  /**
   * Returns an answer counted in its kind's default row.
   *
   * @param kind the kind of answer
   * @param content the content the kind requires
   * @return the answer
   * @throws InvalidFactsException if the kind has no default row ({@code NOT_DISCLOSED} needs its
   *     reason category, REQ-5) or its content is missing
   */
  public static Answer of(AnswerKind kind, String content) {
    requireNonNull(kind, "kind");
    requireNonNull(content, "content");
    Set<OutcomeRow> rows = ROWS.get(kind);
    if (kind == AnswerKind.NOT_DISCLOSED) {
      throw new InvalidFactsException(
          "Answer",
          List.of(
              new Problem(
                  Rules.REQ_5,
                  "a NOT_DISCLOSED (不予公开) answer counts in the sub-row of its reason category;"
                      + " choose one of "
                      + rows)));
    }
    return new Answer(kind, content, rows.iterator().next());
  }

  /**
   * Returns the report rows an answer kind may count in (REQ-5).
   *
   * @param kind the kind of answer
   * @return the rows, the default first
   */
  public static Set<OutcomeRow> rowsFor(AnswerKind kind) {
    requireNonNull(kind, "kind");
    return Sets.immutableEnumSet(ROWS.get(kind));
  }

  private static String required(AnswerKind kind) {
    switch (kind) {
      case ALREADY_PUBLISHED:
        return "how to obtain the information (获取方式和途径)";
      case PARTIALLY_DISCLOSED:
        return "what was withheld and why (不予公开的内容及理由)";
      case NOT_DISCLOSED:
        return "the reasons (理由)";
      case PETITION_NOT_PROCESSED:
        return "that it is not processed as a request, and the channel to use where one is given"
            + " (不作为政府信息公开申请处理的告知及相应渠道)";
      case PUBLICATION_REQUESTED:
        return "how to obtain the publication (获取的途径)";
      default:
        return "the responsible agency and its contact, or why it cannot be determined"
                   + " (负责公开机关的名称、联系方式)";
    }
  }
}
