package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.casework.CaseFamily;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two case families of supervision on the case platform: the mass-issue register (群众台账, numbers
 * {@code QZ-C1-B1-2026-0001}, per receiving organisation and year) and problem clues (问题线索, {@code XS-…}).
 */
@Configuration(proxyBeanMethods = false)
public class SupervisionFamilies {

  /** 群众台账 — a request or complaint of the masses, registered and handled by the receiving organisation. */
  public static final CaseFamily MASS_ISSUE = new CaseFamily("massissue", "QZ", "群众台账", "massIssue");

  /** 问题线索 — a problem clue about a Party member or cadre, disposed of only by the 纪委. */
  public static final CaseFamily CLUE = new CaseFamily("clue", "XS", "问题线索", "clueHandling");

  @Bean
  CaseFamily massIssueFamily() {
    return MASS_ISSUE;
  }

  @Bean
  CaseFamily clueFamily() {
    return CLUE;
  }
}
