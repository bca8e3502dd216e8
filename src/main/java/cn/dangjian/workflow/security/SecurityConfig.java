package cn.dangjian.workflow.security;

import cn.dangjian.workflow.identity.CamundaIdentityAuthenticationProvider;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three zones. {@code /engine-rest/**} is authenticated by Camunda's own filter (HTTP Basic against the
 * identity service, see {@link CamundaRestAuthenticationConfig}); the Camunda webapps under
 * {@code /camunda/**} bring their own login, CSRF protection and security headers; everything else
 * (our API, auditor pages, actuator) is guarded here, with the same Camunda accounts.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  static final RequestMatcher BASIC_AUTH_HEADER = request -> {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
  };

  @Bean
  AuthenticationManager authenticationManager(CamundaIdentityAuthenticationProvider provider) {
    return new ProviderManager(provider);
  }

  @Bean
  @Order(1)
  SecurityFilterChain engineRest(HttpSecurity http) throws Exception {
    // Jersey serves these paths, not Spring MVC: match on the path itself, not through MVC's mappings.
    return http.securityMatcher(path("/engine-rest/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
    return http.securityMatcher(path("/camunda/**"))
        .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.disable())
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain application(HttpSecurity http, AuthenticationManager authenticationManager,
      JsonSecurityErrors jsonErrors, CamundaAuthenticationBridgeFilter bridge) throws Exception {
    CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
    csrfHandler.setCsrfRequestAttributeName(null);
    return http
        .authenticationManager(authenticationManager)
        .authorizeHttpRequests(auth -> auth
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole("ADMIN")
            .requestMatchers("/", "/login", "/error", "/assets/**", "/favicon.ico").permitAll()
            .requestMatchers("/auditor/**").hasAnyRole("AUDITOR", "ADMIN")
            .anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(jsonErrors))
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/auditor/", false)
            .failureUrl("/login?error"))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
            .csrfTokenRequestHandler(csrfHandler)
            .requireCsrfProtectionMatcher(SecurityConfig::needsCsrfProtection))
        .exceptionHandling(ex -> ex
            .defaultAuthenticationEntryPointFor(jsonErrors, SecurityConfig::wantsJson)
            .defaultAccessDeniedHandlerFor(jsonErrors, SecurityConfig::wantsJson))
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives(
                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                    + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'"))
            .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
        .addFilterAfter(bridge, BasicAuthenticationFilter.class)
        .build();
  }

  /** The bridge runs inside the security chain only, not a second time as a plain servlet filter. */
  @Bean
  FilterRegistrationBean<CamundaAuthenticationBridgeFilter> bridgeNotAsServletFilter(
      CamundaAuthenticationBridgeFilter bridge) {
    FilterRegistrationBean<CamundaAuthenticationBridgeFilter> registration = new FilterRegistrationBean<>(bridge);
    registration.setEnabled(false);
    return registration;
  }

  /**
   * CSRF protects browser sessions: state-changing requests of a session, and the login form itself. Integrations
   * authenticate every request with HTTP Basic and keep no session; an anonymous request without a session has
   * nothing to forge and is answered 401 by the authorization rules.
   */
  static boolean needsCsrfProtection(HttpServletRequest request) {
    if (SAFE_METHODS.contains(request.getMethod()) || BASIC_AUTH_HEADER.matches(request)) {
      return false;
    }
    return request.getSession(false) != null || pathWithinApplication(request).equals("/login");
  }

  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  private static String pathWithinApplication(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  private static boolean wantsJson(HttpServletRequest request) {
    String path = pathWithinApplication(request);
    return path.startsWith("/api/") || path.startsWith("/actuator") || BASIC_AUTH_HEADER.matches(request);
  }
}
