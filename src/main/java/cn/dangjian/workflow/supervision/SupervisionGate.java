package cn.dangjian.workflow.supervision;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** The reporter's identity kept out of the engine at both engine APIs ({@link ReportStartGate}). */
@Configuration(proxyBeanMethods = false)
class SupervisionGate {

  @Bean
  FilterRegistrationBean<ReportStartGate> reportStartGate(ObjectMapper json, @Lazy RepositoryService repository,
      SupervisionReports reports, @Lazy IdentityService identity) {
    FilterRegistrationBean<ReportStartGate> registration =
        new FilterRegistrationBean<>(new ReportStartGate(json, repository, reports, identity));
    registration.setName("supervision-report-start-gate");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // After the payload filter (102), which has checked the shape and size of the body.
    registration.setOrder(103);
    return registration;
  }
}
