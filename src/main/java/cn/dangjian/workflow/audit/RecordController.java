package cn.dangjian.workflow.audit;

import cn.dangjian.workflow.records.RecordSummary;
import cn.dangjian.workflow.records.RecordVerification;
import cn.dangjian.workflow.records.StoredRecord;
import cn.dangjian.workflow.web.ApiError;
import cn.dangjian.workflow.web.NotFoundException;
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
 * Records for auditors and administrators, and read only for those who assemble the dossiers of their organisations
 * (党支部书记, 基层党委组织委员, 组织部门: their own organisations' cases and those below; {@link RecordReaders}): list,
 * download, verify. Every download and verification is logged; a record of a case the reader may not see is 404.
 */
@RestController
@RequestMapping("/api/records")
@PreAuthorize(RecordReaders.MAY_USE_API)
@Tag(name = "文书", description = "签名的 PDF/A 文书：查询、下载、验证（审计员和管理员；党支部书记、党委组织委员、组织部门只读本组织及下级的案件）")
@SecurityRequirement(name = RecordsOpenApi.BASIC)
@ApiResponse(responseCode = "401", description = "未登录", content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "403", description = "不是审计员、管理员或负责整理档案的人员", content = @Content(schema = @Schema(implementation = ApiError.class)))
public class RecordController {

  private final RecordQueries records;
  private final RecordAccessLog accessLog;
  private final RecordReaders readers;
  private final RecordNames names;

  public RecordController(RecordQueries records, RecordAccessLog accessLog, RecordReaders readers,
      RecordNames names) {
    this.records = records;
    this.accessLog = accessLog;
    this.readers = readers;
    this.names = names;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "按案卷（业务键）或流程实例查询文书", description = "两个参数必须且只能提供一个；结果按形成顺序排列。")
  @ApiResponse(responseCode = "200", description = "文书列表")
  @ApiResponse(responseCode = "400", description = "参数缺失或格式不正确（field 指明参数）",
      content = @Content(schema = @Schema(implementation = ApiError.class)))
  public List<RecordSummary> list(
      @Parameter(description = "案卷的业务键") @RequestParam(required = false) String businessKey,
      @Parameter(description = "流程实例 ID") @RequestParam(required = false) String processInstanceId,
      Principal user) {
    return names.summaries(
        records.list(businessKey, processInstanceId).stream().filter(r -> readers.mayRead(user, r)).toList());
  }

  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "一件文书的登记信息")
  @ApiResponse(responseCode = "200", description = "文书")
  @ApiResponse(responseCode = "400", description = "id 格式不正确", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "文书不存在", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public RecordSummary get(@PathVariable String id, Principal user) {
    StoredRecord record = records.get(id);
    if (!readers.mayRead(user, record)) {
      throw new NotFoundException("文书不存在：" + id);
    }
    return names.summary(record);
  }

  @GetMapping(path = "/{id}/pdf", produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
  @Operation(summary = "下载文书 PDF（PDF/A-3b，PAdES 签名）", description = "文件名为文书标题（RFC 6266 / RFC 5987）。")
  @ApiResponse(responseCode = "200", description = "PDF 文件", content = @Content(mediaType = "application/pdf"))
  @ApiResponse(responseCode = "400", description = "id 格式不正确", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "文书不存在", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public ResponseEntity<byte[]> pdf(@PathVariable String id, Principal user, HttpServletRequest request) {
    StoredRecord record = found(id, Action.DOWNLOAD_RECORD, user, request);
    byte[] pdf = records.pdf(record);
    accessLog.log(user.getName(), Action.DOWNLOAD_RECORD, record.id(), record.dossierKey(), request.getRemoteAddr(),
        Outcome.OK);
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.attachment(record.title() + ".pdf", "record-" + record.id() + ".pdf"))
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .body(pdf);
  }

  @GetMapping(path = "/{id}/verification", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "验证文书", description = "重新核验签名、文件摘要，以及案卷摘要链从第一件到本件是否完整。")
  @ApiResponse(responseCode = "200", description = "验证结果（验证不通过也返回 200，见 signatureValid / chainIntact）")
  @ApiResponse(responseCode = "400", description = "id 格式不正确", content = @Content(schema = @Schema(implementation = ApiError.class)))
  @ApiResponse(responseCode = "404", description = "文书不存在", content = @Content(schema = @Schema(implementation = ApiError.class)))
  public RecordVerification verification(@PathVariable String id, Principal user, HttpServletRequest request) {
    StoredRecord record = found(id, Action.VERIFY_RECORD, user, request);
    RecordVerification verification = records.verify(record);
    accessLog.log(user.getName(), Action.VERIFY_RECORD, record.id(), record.dossierKey(), request.getRemoteAddr(),
        verification.signatureValid() && verification.chainIntact() ? Outcome.OK : Outcome.FAILED);
    return verification;
  }

  private StoredRecord found(String id, Action action, Principal user, HttpServletRequest request) {
    try {
      StoredRecord record = records.get(id);
      if (!readers.mayRead(user, record)) {
        throw new NotFoundException("文书不存在：" + id);
      }
      return record;
    } catch (NotFoundException e) {
      accessLog.log(user.getName(), action, id, null, request.getRemoteAddr(), Outcome.NOT_FOUND);
      throw e;
    }
  }
}
