package cn.dangjian.workflow.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The e-mail beside each reminder and rung, against an embedded SMTP server (GreenMail): the responsible leader
 * gets it; while the server is down the send fails as a job that the engine retries, the case goes on, and the
 * notice goes out once the server is back.
 */
class ResponsibilityNoticesMailTest extends ResponsibilityItemScenario {

  private static final int PORT = freePort();
  private static GreenMail smtp = started();

  @DynamicPropertySource
  static void mailServer(DynamicPropertyRegistry properties) {
    properties.add("dangjian.notifications.mail.enabled", () -> "true");
    properties.add("spring.mail.host", () -> "127.0.0.1");
    properties.add("spring.mail.port", () -> PORT);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GreenMail started() {
    GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  @BeforeEach
  void serverUpAndEmpty() throws Exception {
    if (!smtp.isRunning()) {
      smtp = started();
    }
    smtp.purgeEmailFromAllMailboxes();
  }

  @AfterAll
  static void stopServer() {
    smtp.stop();
  }

  @Test
  void tellsTheResponsibleLeaderOfTheOverdueReminder() throws Exception {
    Item item = newItem().start().reach("Timer_OverdueReminder");

    MimeMessage[] sent = smtp.getReceivedMessages();
    assertThat(sent).extracting(m -> m.getAllRecipients()[0].toString())
        .containsOnly("b1-secretary@demo.dangjian.local");
    assertThat(sent).extracting(MimeMessage::getSubject)
        .contains("【责任清单事项】完成期限将至：落实“三会一课”制度并报送记录", "【责任清单事项】逾期提醒：落实“三会一课”制度并报送记录");
    assertThat((String) sent[sent.length - 1].getContent()).contains("王喆同志", item.pi.getBusinessKey(), "2026-03-31");
  }

  @Test
  void retriesAFailedSendWithoutHoldingUpTheCase() throws Exception {
    smtp.stop();
    Item item = newItem().start();
    at(ResponsibilityItemScenario.DEADLINE.minusDays(7));
    Job reminder = management.createJobQuery().processInstanceId(item.pi.getId()).activityId("Timer_DeadlineReminder")
        .singleResult();
    management.executeJob(reminder.getId());
    Job mail = management.createJobQuery().processInstanceId(item.pi.getId()).activityId("Task_MailDeadlineReminder")
        .singleResult();
    try {
      management.executeJob(mail.getId());
    } catch (RuntimeException expected) {
      // the engine records the failure on the job: fewer retries left, retried later
    }
    Job failed = management.createJobQuery().jobId(mail.getId()).singleResult();
    assertThat(failed.getRetries()).isEqualTo(4);
    assertThat(failed.getExceptionMessage()).isNotBlank();
    BpmnAwareTests.assertThat(item.pi).isWaitingAt("Task_SubmitEvidence", "Task_AcknowledgeDeadlineReminder");

    smtp = started();
    management.executeJob(mail.getId());
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    item.acknowledgeReminder().completeOn(today());
    BpmnAwareTests.assertThat(item.pi).isEnded();
  }
}
