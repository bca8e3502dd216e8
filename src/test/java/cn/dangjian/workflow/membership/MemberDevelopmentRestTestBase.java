package cn.dangjian.workflow.membership;

import static cn.dangjian.workflow.support.TaskDoors.accepted;

import cn.dangjian.workflow.support.HttpClientSupport;
import cn.dangjian.workflow.support.TaskDoors;
import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Member development cases walked over HTTP on a running server ({@link TaskDoors}): the open task of a case
 * submitted at a door of {@code /engine-rest} as a user of the demo organisation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class MemberDevelopmentRestTestBase extends MemberDevelopmentTestBase {

  @LocalServerPort int port;

  TaskDoors doors() {
    return new TaskDoors(port);
  }

  HttpClientSupport http() {
    return doors().http();
  }

  /** Posts {@code values} to a door of the open task {@code key} ({@code submit-form} or {@code complete}). */
  HttpResponse<String> taskDoor(ProcessInstance pi, String key, String door, String user, Map<String, Object> values) {
    return doors().post(task(pi, key).getId(), door, user, values);
  }

  /** Through Tasklist's door ({@code submit-form}), then the jobs that follow. */
  void submit(ProcessInstance pi, String key, String user, Map<String, Object> values) {
    accepted(taskDoor(pi, key, "submit-form", user, values));
    runJobs(pi);
  }
}
