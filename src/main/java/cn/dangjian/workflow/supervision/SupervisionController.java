package cn.dangjian.workflow.supervision;

import cn.dangjian.workflow.web.ApiError;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The supervision API: filing a report (受理登记) and the one logged way to a real-name reporter's identity. */
@RestController
@RequestMapping(path = "/api/supervision", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "监督", description = "信访举报受理登记；实名举报人信息只由正在办理案件的人员凭事由查阅，每次查阅均记录")
@ApiResponse(responseCode = "401", description = "未登录", content = @Content(schema = @Schema(implementation = ApiError.class)))
class SupervisionController {

  private final SupervisionReports reports;
  private final ReporterReads reads;
  private final MassIssueRegister register;
  private final ClueReferrals referrals;

  SupervisionController(SupervisionReports reports, ReporterReads reads, ClueReferrals referrals,
      MassIssueRegister register) {
    this.register = register;
    this.reports = reports;
    this.reads = reads;
    this.referrals = referrals;
  }

  @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "受理登记一件举报或群众诉求",
      description = "receivingOrganisationCode、channel（letter、visit、phone、online、reception、inspection、audit、referral）、"
          + "receivedOn、summary、content、kind（massIssue 群众诉求 / clue 问题线索）；问题线索另需 subjectName、"
          + "subjectOrganisationCode；realName 为 true 时需 reporterName、reporterContact（reporterIdNumber 可选），"
          + "这些信息加密另存，不进入流程引擎。可选：redirectTo 与 redirectReason（不予受理、转递其他机关），"
          + "repeatOf（重复举报：首次举报的案件编号）。")
  @ApiResponse(responseCode = "201", description = "已登记：案件编号与流程实例")
  @ApiResponse(responseCode = "400", description = "每个有问题的字段各一条（problems）", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "不是受理组织（或其上级）可以登记的人员", content = @Content(schema = @Schema(implementation = ApiError.class)))
  Map<String, String> file(@RequestBody(required = false) Map<String, Object> report) {
    SupervisionReports.Filed filed = reports.file(report == null ? Map.of() : report);
    return Map.of("caseNumber", filed.caseNumber(), "processInstanceId", filed.processInstanceId(),
        "processDefinitionKey", filed.processKey());
  }

  @GetMapping("/reports/{caseNumber}/reporter")
  @Operation(summary = "查阅实名举报人信息", description = "只有正在办理该案件（当前任务的办理人或候选人）的人员可以查阅，须写明事由；每次查阅（包括被拒绝的）都记录在案。")
  @ApiResponse(responseCode = "200", description = "举报人姓名、联系方式、公民身份号码")
  @ApiResponse(responseCode = "400", description = "未写明事由", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "不是正在办理该案件的人员（已记录）", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "没有正在办理的该案件，或为匿名举报", content = @Content(schema = @Schema(implementation = ApiError.class)))
  ReporterIdentity reporter(@PathVariable String caseNumber,
      @Parameter(description = "查阅事由，最多 200 个字") @RequestParam(required = false) String reason, Principal user) {
    return reads.read(caseNumber, user.getName(), reason);
  }

  @PostMapping(path = "/registers/{organisationCode}/{year}", produces = {MediaType.APPLICATION_PDF_VALUE,
      MediaType.APPLICATION_JSON_VALUE})
  @Operation(summary = "打印群众台账", description = "本组织或上级组织的书记、副书记、组织委员打印一个组织一个年度的群众台账：每件登记的"
      + "群众反映的编号、收到日期、渠道、事项、承办人、期限、状态、结果和办结日期（不含反映人），形成带签章的 PDF/A 文书。")
  @ApiResponse(responseCode = "201", description = "签章的群众台账（PDF）")
  @ApiResponse(responseCode = "400", description = "组织或年度不正确", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "403", description = "不是本组织或上级组织的书记、副书记、组织委员", content = @Content(schema = @Schema(implementation = ApiError.class)))
  org.springframework.http.ResponseEntity<byte[]> printRegister(@PathVariable String organisationCode,
      @PathVariable String year, Principal user) {
    MassIssueRegister.Printed printed = register.print(organisationCode, year, user.getName());
    return org.springframework.http.ResponseEntity.status(HttpStatus.CREATED).contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"" + printed.record().businessKey() + ".pdf\"")
        .header("X-Record-Id", printed.record().id()).body(printed.pdf());
  }

  @GetMapping("/reporter-reads")
  @Operation(summary = "举报人信息查阅记录", description = "纪委书记、副书记查看本纪委负责的案件中每一次查阅举报人信息的记录。")
  @ApiResponse(responseCode = "403", description = "不是纪委书记或副书记", content = @Content(schema = @Schema(implementation = ApiError.class)))
  List<ReporterReads.ReadEntry> readLog(Principal user) {
    return reads.log(user.getName());
  }

  @GetMapping("/referrals")
  @Operation(summary = "本组织报送纪委的问题线索", description = "报送组织的书记、副书记、组织委员、纪检委员查看本组织报送纪委的问题线索："
      + "案件编号、摘要、报送日期、状态，以及纪委办结后反馈的处理结果（《纪检监察机关处理检举控告工作规则》第十八条）。"
      + "报送后案件由纪委办理，报送组织看不到办理过程；不含举报人信息。")
  @ApiResponse(responseCode = "403", description = "不是任何组织的书记、副书记、组织委员或纪检委员", content = @Content(schema = @Schema(implementation = ApiError.class)))
  List<ClueReferrals.Referral> referrals(Principal user) {
    return referrals.forStaff(user.getName());
  }
}
