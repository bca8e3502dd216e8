package cn.dangjian.workflow.config;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Camunda's REST API requires HTTP Basic against the identity service; out of the box it is open. */
@Configuration(proxyBeanMethods = false)
public class CamundaRestAuthenticationConfig {

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-authentication");
    registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    // After Spring Security's filter chain, before Jersey.
    registration.setOrder(101);
    return registration;
  }

  /** The same clean HTTP 400 for the engine API of Tasklist and Cockpit as for {@code /engine-rest}. */
  @Bean
  FilterRegistrationBean<EngineRestValidationMessages> webappEngineValidationMessages(
      com.fasterxml.jackson.databind.ObjectMapper json) {
    FilterRegistrationBean<EngineRestValidationMessages> registration =
        new FilterRegistrationBean<>(new EngineRestValidationMessages(json));
    registration.setName("webapp-engine-validation-messages");
    registration.addUrlPatterns("/camunda/api/engine/*");
    return registration;
  }

  /** Variables of both engine APIs checked for shape, and request bodies capped, before Camunda reads them. */
  @Bean
  FilterRegistrationBean<EngineVariablePayloads> engineVariablePayloads(com.fasterxml.jackson.databind.ObjectMapper json) {
    FilterRegistrationBean<EngineVariablePayloads> registration =
        new FilterRegistrationBean<>(new EngineVariablePayloads(json));
    registration.setName("engine-variable-payloads");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    // After authentication (order 101), so an anonymous caller learns nothing about payload rules.
    registration.setOrder(102);
    return registration;
  }
}
