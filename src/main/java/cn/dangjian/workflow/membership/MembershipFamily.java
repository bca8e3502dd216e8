package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.casework.CaseFamily;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Member development (党员发展) as a family of the case platform: numbers {@code DY-C1-B1-2026-0001}. */
@Configuration(proxyBeanMethods = false)
public class MembershipFamily {

  public static final CaseFamily FAMILY = new CaseFamily("membership", "DY", "党员发展", "memberDevelopment");

  @Bean
  CaseFamily memberDevelopmentFamily() {
    return FAMILY;
  }
}
