package cn.dangjian.workflow.enginegate;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The filters of the gate in front of both engine APIs ({@code /engine-rest}, the webapps' engine API). */
@Configuration(proxyBeanMethods = false)
class EngineGateFilters {

  /** The same clean HTTP 400 for the engine API of Tasklist and Cockpit as for {@code /engine-rest}. */
  @Bean
  FilterRegistrationBean<EngineRestValidationMessages> webappEngineValidationMessages(
      ObjectMapper json) {
    FilterRegistrationBean<EngineRestValidationMessages> registration =
        new FilterRegistrationBean<>(new EngineRestValidationMessages(json));
    registration.setName("webapp-engine-validation-messages");
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }

  /** Variables of both engine APIs checked for shape, and request bodies capped, before Camunda reads them. */
  @Bean
  FilterRegistrationBean<EngineVariablePayloads> engineVariablePayloads(ObjectMapper json) {
    FilterRegistrationBean<EngineVariablePayloads> registration =
        new FilterRegistrationBean<>(new EngineVariablePayloads(json));
    registration.setName("engine-variable-payloads");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // After authentication (order 101), so an anonymous caller learns nothing about payload rules.
    registration.setOrder(102);
    return registration;
  }
}
