package cn.dangjian.workflow.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
