package cn.dangjian.workflow.startup;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where to log in. */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
      return;
    }
    Environment env = event.getApplicationContext().getEnvironment();
    String host = env.getProperty("server.address", "localhost");
    if ("0.0.0.0".equals(host) || "::".equals(host)) {
      host = "localhost";
    }
    String base = "http://" + host + ":" + web.getWebServer().getPort();
    // Without an explicit profile Spring uses spring.profiles.default (demo): report what is in effect.
    String[] profiles = env.getActiveProfiles().length > 0 ? env.getActiveProfiles() : env.getDefaultProfiles();
    StringBuilder report = new StringBuilder()
        .append("\n----------------------------------------------------------------")
        .append("\n dangjian-workflow is ready (profiles ").append(Arrays.toString(profiles)).append(")")
        .append("\n   Tasklist    ").append(base).append("/camunda/app/tasklist/")
        .append("\n   Cockpit     ").append(base).append("/camunda/app/cockpit/")
        .append("\n   Admin       ").append(base).append("/camunda/app/admin/")
        .append("\n   Auditors    ").append(base).append("/auditor/")
        .append("\n   Cases       ").append(base).append("/cases/")
        .append("\n   REST API    ").append(base).append("/engine-rest  (HTTP Basic)");
    if (env.acceptsProfiles(Profiles.of("demo"))) {
      report.append("\n   Demo users (password = user id): demo (administrator), auditor, b1-secretary,")
          .append("\n   b1-organiser, b2-secretary, committee-secretary, inspector; see README.md");
    }
    report.append("\n----------------------------------------------------------------");
    log.info(report.toString());
  }
}
