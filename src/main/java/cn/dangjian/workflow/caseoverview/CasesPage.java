package cn.dangjian.workflow.caseoverview;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff's case overview page (static {@code cases/index.html} with {@code assets/cases.js}). */
@Controller
public class CasesPage {

  @GetMapping({"/cases", "/cases/"})
  public String index() {
    return "forward:/cases/index.html";
  }
}
