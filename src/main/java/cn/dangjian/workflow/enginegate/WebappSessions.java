package cn.dangjian.workflow.enginegate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;

/** Whether a request to the webapps' engine API comes without a signed-in session (their own security answers 401). */
public final class WebappSessions {

  private WebappSessions() {}

  public static boolean anonymousWebappCall(HttpServletRequest request) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/")) {
      return false;
    }
    HttpSession session = request.getSession(false);
    return session == null || AuthenticationUtil.getAuthsFromSession(session).getAuthentications().isEmpty();
  }
}
