package cn.dangjian.workflow.audit;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The auditors' page (static {@code auditor/index.html} with {@code assets/auditor.js}); /auditor/** needs AUDITOR or ADMIN. */
@Controller
public class AuditorPage {

  @GetMapping({"/auditor", "/auditor/"})
  public String index() {
    return "forward:/auditor/index.html";
  }
}
