package cn.dangjian.workflow.security;

import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** The sign-in page of our own pages (the auditor page, the case overview); the Camunda webapps have their own. */
@Controller
class LoginPageController {

  @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
  @ResponseBody
  String login(CsrfToken csrf, @RequestParam(required = false) String error,
      @RequestParam(required = false) String logout) {
    String notice = error != null ? "<p class=\"error\" role=\"alert\">用户名或密码错误，请重新输入。</p>"
        : logout != null ? "<p class=\"notice\">您已安全退出。</p>" : "";
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
          <meta charset="UTF-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>登录 · 党建工作流</title>
          <link rel="stylesheet" href="/assets/app.css">
        </head>
        <body class="login">
          <main>
            <h1>党建工作流</h1>
            <p class="sub">档案查阅与核验（审计员）</p>
            %s
            <form method="post" action="/login">
              <label for="username">用户名</label>
              <input id="username" name="username" autocomplete="username" required autofocus>
              <label for="password">密码</label>
              <input id="password" name="password" type="password" autocomplete="current-password" required>
              <input type="hidden" name="%s" value="%s">
              <button type="submit">登录</button>
            </form>
            <p class="links"><a href="/camunda/app/tasklist/">进入任务清单（Tasklist）</a> · <a href="/cases/">案件进展</a></p>
          </main>
        </body>
        </html>
        """.formatted(notice, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
  }

  @GetMapping("/")
  String home() {
    return "redirect:/camunda/app/tasklist/";
  }
}
