package cn.dangjian.workflow.accountability;

import cn.dangjian.workflow.casework.CaseFamily;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The two case families of accountability on the case platform: responsibility items (责任清单事项, numbers
 * {@code ZR-C1-2026-0001}) and 问责 cases ({@code WZ-C1-2026-0001}), each with its process, rule packs and forms.
 */
@Configuration(proxyBeanMethods = false)
public class AccountabilityFamilies {

  /** 责任清单事项 — an item of a committee's responsibility list assigned to an organisation. */
  public static final CaseFamily RESPONSIBILITY =
      new CaseFamily("responsibility", "ZR", "责任清单事项", "responsibilityItem");

  /** 问责 — a case under 《中国共产党问责条例》. */
  public static final CaseFamily ACCOUNTABILITY = new CaseFamily("accountability", "WZ", "问责", "accountabilityCase");

  @Bean
  CaseFamily responsibilityItemFamily() {
    return RESPONSIBILITY;
  }

  @Bean
  CaseFamily accountabilityCaseFamily() {
    return ACCOUNTABILITY;
  }
}
