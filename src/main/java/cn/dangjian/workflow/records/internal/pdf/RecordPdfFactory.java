package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.records.RecordContent;
import cn.dangjian.workflow.records.RecordDataException;
import cn.dangjian.workflow.records.RecordDocuments;
import cn.dangjian.workflow.records.RecordJson;
import cn.dangjian.workflow.records.RecordProvenance;
import cn.dangjian.workflow.records.RecordStamp;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/**
 * Produces the signed PDF/A-3b file of one record: render (with a pooled, already parsed font),
 * archive (metadata, output intent, JSON attachment), save, sign by incremental update.
 */
@Component
class RecordPdfFactory implements RecordDocuments {

  private final ChineseFontProvider fonts;
  private final RecordRenderer renderer;
  private final PdfArchiver archiver;
  private final PdfSigner signer;

  public RecordPdfFactory(ChineseFontProvider fonts, RecordRenderer renderer, PdfArchiver archiver, PdfSigner signer) {
    this.fonts = fonts;
    this.renderer = renderer;
    this.archiver = archiver;
    this.signer = signer;
  }

  @Override
  public byte[] produce(RecordContent content, RecordStamp stamp, RecordProvenance provenance) {
    return signer.sign(unsigned(content, stamp, provenance), Instant.now());
  }

  @Override
  public String signerFingerprint() {
    return signer.certificateFingerprint();
  }

  /** The PDF/A-3b file before signing. */
  byte[] unsigned(RecordContent content, RecordStamp stamp, RecordProvenance provenance) {
    byte[] json = attachment(content, stamp, provenance);
    try (ChineseFontProvider.Lease font = fonts.borrow(); PDDocument document = new PDDocument()) {
      renderer.render(document, RecordFonts.embed(document, font), content, stamp);
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.setTimeInMillis(provenance.createdAt().toEpochMilli());
      archiver.archive(document, new PdfArchiver.Description(content.title(), content.organisationName(),
          provenance.recordType(), created), json);
      ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("无法生成文书 PDF：" + e.getMessage(), e);
    }
  }

  static byte[] attachment(RecordContent content, RecordStamp stamp, RecordProvenance provenance) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("recordId", stamp.recordId());
    json.put("recordType", provenance.recordType());
    json.put("organisationName", content.organisationName());
    json.put("title", content.title());
    json.put("documentNumber", content.documentNumber());
    json.put("issueDate", content.issueDate());
    json.put("businessKey", provenance.businessKey());
    json.put("processInstanceId", provenance.processInstanceId());
    json.put("processDefinitionKey", provenance.processDefinitionKey());
    json.put("step", provenance.step());
    json.put("author", provenance.author());
    json.put("createdAt", provenance.createdAt());
    Map<String, Object> chain = new LinkedHashMap<>();
    chain.put("dossierKey", stamp.dossierKey());
    chain.put("position", stamp.position());
    chain.put("previousSha256", stamp.previousSha256());
    json.put("chain", chain);
    json.put("data", content.data() == null ? Map.of() : content.data());
    try {
      return RecordJson.write(json);
    } catch (JsonProcessingException e) {
      throw new RecordDataException(provenance.recordType(), "data", "数据无法写成 JSON：" + e.getOriginalMessage());
    }
  }
}
