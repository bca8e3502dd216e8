package cn.dangjian.workflow.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON error contract of our API, in the web layer alone: invalid input names every problem, a missing
 * thing is 404, a wrong JSON type names the field, a lasting conflict is 409 with the shared sentence. The
 * security module's filters need the engine and are left out; the security rules have their own tests.
 */
@WebMvcTest(controllers = ApiErrorContractTest.Probe.class, excludeFilters = @ComponentScan.Filter(
    type = FilterType.REGEX, pattern = "cn\\.dangjian\\.workflow\\.security\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import({ApiErrorContractTest.Probe.class, ApiExceptionHandler.class})
class ApiErrorContractTest {

  @RestController
  static class Probe {

    record Body(Integer count) {}

    @PostMapping("/api/probe/invalid")
    void invalid() {
      throw new InvalidInputException(List.of(new InvalidInputException.Problem("talker", "谈话人（talker）不能为空"),
          new InvalidInputException.Problem("talkDate", "谈话日期（talkDate）不能晚于今天")));
    }

    @GetMapping("/api/probe/missing")
    void missing() {
      throw new NotFoundException("案卷不存在：DY-C1-B1-2026-0001");
    }

    @PostMapping("/api/probe/typed")
    Map<String, Object> typed(@RequestBody Body body) {
      return Map.of("count", body.count());
    }

    @PostMapping("/api/probe/conflict")
    void conflict() {
      throw new org.camunda.bpm.engine.OptimisticLockingException("ENGINE-03005 concurrent update");
    }
  }

  @Autowired MockMvc mvc;

  @Test
  void invalidInputNamesEveryProblem() throws Exception {
    mvc.perform(post("/api/probe/invalid")).andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("talker"))
        .andExpect(jsonPath("$.message").value("谈话人（talker）不能为空；谈话日期（talkDate）不能晚于今天"))
        .andExpect(jsonPath("$.problems[0].field").value("talker"))
        .andExpect(jsonPath("$.problems[1].field").value("talkDate"))
        .andExpect(jsonPath("$.problems[1].message").value("谈话日期（talkDate）不能晚于今天"));
  }

  @Test
  void aMissingThingIs404WithTheSentence() throws Exception {
    mvc.perform(get("/api/probe/missing")).andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("案卷不存在：DY-C1-B1-2026-0001"))
        .andExpect(jsonPath("$.problems").doesNotExist());
  }

  @Test
  void aValueOfTheWrongJsonTypeNamesTheField() throws Exception {
    mvc.perform(post("/api/probe/typed").contentType(MediaType.APPLICATION_JSON).content("{\"count\": [1]}"))
        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("count"));
  }

  @Test
  void aLastingConflictIs409WithTheSharedSentence() throws Exception {
    mvc.perform(post("/api/probe/conflict")).andExpect(status().isConflict())
        .andExpect(jsonPath("$.message").value(ErrorMessages.CONFLICT));
  }
}
