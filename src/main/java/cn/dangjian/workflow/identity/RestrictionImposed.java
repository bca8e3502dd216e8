package cn.dangjian.workflow.identity;

import java.time.LocalDate;

/**
 * A decision imposed a measure with a restriction period (影响期) on a person, e.g. 留党察看 for a year: announced by
 * the deciding family (accountability), kept by {@link MemberStanding}. The type lives here, below its publishers,
 * so that identity need not depend on them.
 *
 * @param until the first day the restriction no longer applies
 */
public record RestrictionImposed(String personId, String caseNumber, String measure, LocalDate from, LocalDate until) {}
