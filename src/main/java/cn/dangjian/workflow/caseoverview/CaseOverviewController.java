package cn.dangjian.workflow.caseoverview;

import cn.dangjian.workflow.web.ApiError;
import cn.dangjian.workflow.web.FieldValidationException;
import cn.dangjian.workflow.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 案件进展: the cases of the user's organisations and those below, read only. A case whose history the user may not
 * read is not listed, and its detail is 404 as for a case that does not exist.
 */
@RestController
@RequestMapping("/api/cases")
@PreAuthorize(CaseOverviewReaders.MAY_USE)
@Tag(name = "案件进展", description = "本组织及下级组织的案件：业务类别、阶段、当前步骤、办理人、期限和已办步骤（只读；按案件历史的查阅权限）")
@ApiResponse(responseCode = "401", description = "未登录", content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "不担任职务的党员不办理案件", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class CaseOverviewController {

  static final int MAX_TERM = 50;
  static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

  private final CaseOverviews cases;

  public CaseOverviewController(CaseOverviews cases) {
    this.cases = cases;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "案件列表", description = "最近登记的在前，最多 100 件；检索案件编号或事项（申请人、问责对象、责任事项）。")
  @ApiResponse(responseCode = "200", description = "案件列表")
  @ApiResponse(responseCode = "400", description = "检索词不正确", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<CaseSummary> list(
      @Parameter(description = "检索：案件编号或事项中包含的文字，最多 50 个字") @RequestParam(required = false) String q) {
    return cases.search(term(q));
  }

  @GetMapping(path = "/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "案件进展", description = "案件的阶段、当前步骤及办理人、期限，以及已办步骤（时间、办理人）。")
  @ApiResponse(responseCode = "200", description = "案件进展")
  @ApiResponse(responseCode = "400", description = "案件编号格式不正确", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "案件不存在或无权查阅", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public CaseDetail detail(@PathVariable String caseNumber) {
    if (!CASE_NUMBER.matcher(caseNumber).matches()) {
      throw new FieldValidationException("caseNumber", "案件编号（caseNumber）格式不正确，应如 DY-C1-B1-2026-0001");
    }
    return cases.detail(caseNumber).orElseThrow(() -> new NotFoundException("案件不存在：" + caseNumber));
  }

  static String term(String q) {
    String term = q == null ? "" : q.strip();
    if (term.codePointCount(0, term.length()) > MAX_TERM) {
      throw new FieldValidationException("q", "检索词（q）不能超过 " + MAX_TERM + " 个字");
    }
    if (term.codePoints().anyMatch(Character::isISOControl)) {
      throw new FieldValidationException("q", "检索词（q）不能含控制字符");
    }
    return term;
  }
}
