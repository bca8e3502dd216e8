package cn.dangjian.workflow.enginegate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class EngineRestValidationMessagesTest {

  @Test
  void findsTheInnermostValidationSentenceInAnEngineMessage() {
    String message = "Cannot submit task form 1ed4: ENGINE-03051 There was an exception while invoking the TaskListener. "
        + "Message: 'cn.dangjian.workflow.membership.MembershipValidationException: 谈话日期（talkDate）不能晚于今天'";
    assertThat(EngineRestValidationMessages.businessSentence(message)).hasValue("谈话日期（talkDate）不能晚于今天");
  }

  @Test
  void startFailuresOfTheStarterAreFoundToo() {
    String message = "Cannot instantiate process definition memberDevelopment:1:0b5d: "
        + "org.camunda.bpm.engine.exception.NotValidException: 申请人年龄（birthDate）须年满18周岁";
    assertThat(EngineRestValidationMessages.businessSentence(message)).hasValue("申请人年龄（birthDate）须年满18周岁");
  }

  @Test
  void otherErrorsAreLeftAlone() {
    assertThat(EngineRestValidationMessages.businessSentence("ENGINE-13033 Cannot find task with id x")).isEmpty();
  }

  @Test
  void aConflictThatOutlastedTheRetriesIsA409WithASentence() throws Exception {
    MockHttpServletResponse response = filter(500,
        "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 1: ENGINE-03005 Execution of "
            + "'UPDATE ExecutionEntity[2]' failed. Entity was updated by another transaction concurrently.\",\"code\":1}");
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(cn.dangjian.workflow.web.ErrorMessages.CONFLICT);
  }

  @Test
  void aTaskCompletedBySomeoneElseIsA404WithASentence() throws Exception {
    MockHttpServletResponse response = filter(500, "{\"type\":\"RestException\",\"message\":\"Cannot submit task "
        + "form 7f: Cannot find task with id 7f: task is null\",\"code\":0}");
    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(TaskGone.MESSAGE);
  }

  private static MockHttpServletResponse filter(int status, String body) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/task/1/submit-form");
    MockHttpServletResponse response = new MockHttpServletResponse();
    new EngineRestValidationMessages(new ObjectMapper()).doFilter(request, response, (req, res) -> {
      ((jakarta.servlet.http.HttpServletResponse) res).setStatus(status);
      res.setContentType("application/json");
      res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    });
    return response;
  }
}
