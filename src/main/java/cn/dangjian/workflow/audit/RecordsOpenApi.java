package cn.dangjian.workflow.audit;

import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** OpenAPI description of the records API ({@code /v3/api-docs}, {@code /swagger-ui.html}). */
@Configuration(proxyBeanMethods = false)
@SecurityScheme(name = RecordsOpenApi.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic",
    description = "Camunda 身份服务的用户名和密码（与 /engine-rest 相同）")
public class RecordsOpenApi {

  public static final String BASIC = "basicAuth";
}
