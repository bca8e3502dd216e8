package cn.dangjian.workflow.audit;

import cn.dangjian.workflow.records.DossierService;
import cn.dangjian.workflow.records.DossierSummary;
import cn.dangjian.workflow.records.DossierVerification;
import cn.dangjian.workflow.records.DossierVerifier;
import cn.dangjian.workflow.web.ApiError;
import cn.dangjian.workflow.web.FieldValidationException;
import cn.dangjian.workflow.web.NotFoundException;
import cn.dangjian.workflow.records.NoSuchDossierException;
import cn.dangjian.workflow.audit.RecordAccessLog.Action;
import cn.dangjian.workflow.audit.RecordAccessLog.Outcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dossiers (一人一档 / 一案一档) for auditors and administrators, and read only for those who assemble them
 * ({@link RecordReaders}): list, export as ZIP, verify. A dossier of a case the reader may not see is 404.
 */
@RestController
@RequestMapping("/api/dossiers")
@PreAuthorize(RecordReaders.MAY_USE_API)
@Tag(name = "案卷", description = "一案一档：案卷列表、导出（ZIP）、摘要链验证（审计员和管理员；党支部书记、党委组织委员、组织部门只读本组织及下级的案件）")
@SecurityRequirement(name = RecordsOpenApi.BASIC)
@ApiResponse(responseCode = "401", description = "未登录", content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "不是审计员、管理员或负责整理档案的人员", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class DossierController {

  private final DossierService dossiers;
  private final DossierVerifier verifier;
  private final RecordAccessLog accessLog;
  private final RecordReaders readers;

  public DossierController(DossierService dossiers, DossierVerifier verifier, RecordAccessLog accessLog,
      RecordReaders readers) {
    this.dossiers = dossiers;
    this.verifier = verifier;
    this.accessLog = accessLog;
    this.readers = readers;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "案卷列表", description = "每个案卷一行：业务键、文书件数、最新一件文书；最近变动的在前。")
  @ApiResponse(responseCode = "200", description = "案卷列表")
  @ApiResponse(responseCode = "400", description = "limit 超出范围", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<DossierSummary> list(
      @Parameter(description = "最多返回多少个案卷（1–1000）") @RequestParam(defaultValue = "200") int limit,
      @Parameter(description = "检索：案卷编号或当事人（申请人、问责对象、责任事项）中包含的文字，最多 50 个字")
      @RequestParam(required = false) String q,
      Principal user) {
    if (limit < 1 || limit > 1000) {
      throw new FieldValidationException("limit", "limit 应在 1 至 1000 之间");
    }
    String term = q == null ? null : q.strip();
    if (term != null && term.codePointCount(0, term.length()) > 50) {
      throw new FieldValidationException("q", "检索词不能超过 50 个字");
    }
    if (readers.readsEverything(user)) {
      return dossiers.list(term, limit);
    }
    return dossiers.list(term, 1000).stream().filter(d -> readers.mayRead(user, dossiers.records(d.dossierKey())))
        .limit(limit).toList();
  }

  @GetMapping(path = "/{businessKey}", produces = {"application/zip", MediaType.APPLICATION_JSON_VALUE})
  @Operation(summary = "导出案卷（ZIP）", description = "包含全部文书 PDF 和 manifest.json（文书、摘要、摘要链）。"
      + "已归档的案卷（最新一件文书是归档目录）另附归档目录 index.pdf，manifest.json 中 closed 为 true；"
      + "尚未归档的案卷没有 index.pdf，closed 为 false、index 为 null。导出不改动案卷。")
  @ApiResponse(responseCode = "200", description = "ZIP 文件", content = @Content(mediaType = "application/zip"))
  @ApiResponse(responseCode = "400", description = "业务键格式不正确", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "案卷不存在", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<byte[]> export(@PathVariable String businessKey, Principal user, HttpServletRequest request)
      throws IOException {
    RecordQueries.checkDossierKey("businessKey", businessKey);
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try {
      requireReadable(businessKey, user);
      dossiers.export(businessKey, user.getName(), zip);
    } catch (NoSuchDossierException e) {
      accessLog.log(user.getName(), Action.EXPORT_DOSSIER, null, businessKey, request.getRemoteAddr(), Outcome.NOT_FOUND);
      throw new NotFoundException(e.getMessage());
    }
    accessLog.log(user.getName(), Action.EXPORT_DOSSIER, null, businessKey, request.getRemoteAddr(), Outcome.OK);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment("案卷-" + businessKey + ".zip", "dossier.zip"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(zip.toByteArray());
  }

  @GetMapping(path = "/{businessKey}/verification", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "验证案卷", description = "重新核验每件文书的签名和摘要，以及摘要链；报告第一个断开的环节。")
  @ApiResponse(responseCode = "200", description = "验证结果")
  @ApiResponse(responseCode = "404", description = "案卷不存在", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public DossierVerification verification(@PathVariable String businessKey, Principal user, HttpServletRequest request) {
    RecordQueries.checkDossierKey("businessKey", businessKey);
    DossierVerification verification = readable(businessKey, user) ? verifier.verify(businessKey) : null;
    if (verification == null || verification.recordCount() == 0) {
      accessLog.log(user.getName(), Action.VERIFY_DOSSIER, null, businessKey, request.getRemoteAddr(), Outcome.NOT_FOUND);
      throw new NotFoundException("案卷不存在：" + businessKey);
    }
    accessLog.log(user.getName(), Action.VERIFY_DOSSIER, null, businessKey, request.getRemoteAddr(),
        verification.intact() ? Outcome.OK : Outcome.FAILED);
    return verification;
  }

  /** A dossier the reader may not see is answered as one that does not exist (nothing about it is revealed). */
  private void requireReadable(String businessKey, Principal user) {
    if (!readable(businessKey, user)) {
      throw new NoSuchDossierException(businessKey);
    }
  }

  private boolean readable(String businessKey, Principal user) {
    if (readers.readsEverything(user)) {
      return true;
    }
    try {
      return readers.mayRead(user, dossiers.records(businessKey));
    } catch (NoSuchDossierException e) {
      return false;
    }
  }
}
