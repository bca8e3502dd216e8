package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.OrganisationType;
import cn.dangjian.workflow.identity.Role;
import cn.dangjian.workflow.web.FieldValidationException;
import cn.dangjian.workflow.web.ForbiddenException;
import cn.dangjian.workflow.web.NotFoundException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way to a reporter's identity (《纪检监察机关处理检举控告工作规则》第四十七条): only a member of the group handling
 * the case at that moment (the candidates and assignees of its open tasks) may read it, with a stated reason; every
 * attempt, granted or refused, is logged (who, when, which case, the reason) in a log the 纪委's leadership reads.
 */
@Component
public class ReporterReads {

  private static final Logger log = LoggerFactory.getLogger(ReporterReads.class);
  private static final int MAX_REASON = 200;

  private final ReporterVault vault;
  private final JdbcTemplate jdbc;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final OrganisationModel organisations;
  private final TransactionTemplate separately;

  public ReporterReads(ReporterVault vault, JdbcTemplate jdbc, @Lazy RuntimeService runtime, @Lazy TaskService tasks,
      @Lazy IdentityService identity, OrganisationModel organisations, PlatformTransactionManager transactions) {
    this.vault = vault;
    this.jdbc = jdbc;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.organisations = organisations;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** One logged attempt. */
  public record ReadEntry(String caseNumber, String readerId, String readerName, Instant readAt, String reason,
      boolean granted) {}

  /** The identity of a case's reporter for {@code userId}, who must handle the case now; the attempt is logged. */
  public ReporterIdentity read(String caseNumber, String userId, String reason) {
    String stated = reason == null ? "" : reason.strip();
    ProcessInstance instance = caseInstance(caseNumber);
    String commission = (String) EngineContext.unrestricted(identity, () ->
        runtime.getVariable(instance.getId(), "commissionCode"));
    if (!handlers(instance.getId()).contains(userId)) {
      logAttempt(caseNumber, commission, userId, stated.isEmpty() ? "（未写明事由）" : limited(stated), false);
      log.warn("Refused a read of the reporter of {} by {} (not handling the case now)", caseNumber, userId);
      throw new ForbiddenException("只有正在办理该案件的人员可以查阅举报人信息；本次查阅已被记录");
    }
    if (stated.isEmpty()) {
      throw new FieldValidationException("reason", "请写明查阅举报人信息的事由（reason）");
    }
    if (stated.codePointCount(0, stated.length()) > MAX_REASON) {
      throw new FieldValidationException("reason", "查阅事由（reason）不能超过 " + MAX_REASON + " 个字");
    }
    logAttempt(caseNumber, commission, userId, stated, true);
    log.info("Reporter of {} read by {}", caseNumber, userId);
    return vault.reveal(caseNumber).orElseThrow(() -> new NotFoundException("案件 " + caseNumber + " 为匿名举报，没有举报人信息"));
  }

  private static String limited(String text) {
    return text.codePointCount(0, text.length()) <= MAX_REASON ? text
        : text.substring(0, text.offsetByCodePoints(0, MAX_REASON));
  }

  /** The log for the leadership (书记、副书记) of the 纪委 {@code userId} leads; newest first. */
  public List<ReadEntry> log(String userId) {
    Set<String> commissions = new HashSet<>();
    organisations.person(userId).ifPresent(person -> person.roles().forEach((code, roles) -> {
      boolean commission = organisations.organisation(code).map(o -> o.type() == OrganisationType.DISCIPLINE_COMMISSION)
          .orElse(false);
      if (commission && (roles.contains(Role.SECRETARY) || roles.contains(Role.DEPUTY_SECRETARY))) {
        commissions.add(code);
      }
    }));
    if (commissions.isEmpty()) {
      throw new ForbiddenException("举报人信息查阅记录只有纪委书记、副书记可以查看");
    }
    String in = String.join(",", commissions.stream().map(c -> "?").toList());
    return jdbc.query("select case_number, reader_id, read_at, reason, granted from dj_reporter_read"
        + " where commission_code in (" + in + ") order by read_at desc", (rs, n) -> new ReadEntry(rs.getString(1),
            rs.getString(2), organisations.person(rs.getString(2)).map(p -> p.name()).orElse(rs.getString(2)),
            rs.getTimestamp(3).toInstant(), rs.getString(4), rs.getBoolean(5)), commissions.toArray());
  }

  private ProcessInstance caseInstance(String caseNumber) {
    List<ProcessInstance> found = EngineContext.unrestricted(identity, () -> runtime.createProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKeyIn(SupervisionFamilies.MASS_ISSUE.processKey(),
            SupervisionFamilies.CLUE.processKey()).list());
    if (found.isEmpty()) {
      throw new NotFoundException("没有正在办理的监督案件 " + caseNumber);
    }
    return found.get(0);
  }

  /** Everyone who may act on an open task of the case now: assignees, candidate users, members of candidate groups. */
  private Set<String> handlers(String processInstanceId) {
    return EngineContext.unrestricted(identity, () -> {
      Set<String> people = new HashSet<>();
      for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).active().list()) {
        if (task.getAssignee() != null) {
          people.add(task.getAssignee());
        }
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
            people.add(link.getUserId());
          } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
            identity.createUserQuery().memberOfGroup(link.getGroupId()).list().stream().map(User::getId)
                .forEach(people::add);
          }
        }
      }
      return people;
    });
  }

  private void logAttempt(String caseNumber, String commission, String userId, String reason, boolean granted) {
    separately.executeWithoutResult(status -> jdbc.update("insert into dj_reporter_read (read_id, case_number,"
        + " commission_code, reader_id, read_at, reason, granted) values (?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), caseNumber, commission == null ? "" : commission, userId,
        Timestamp.from(Instant.now()), reason, granted));
  }
}
