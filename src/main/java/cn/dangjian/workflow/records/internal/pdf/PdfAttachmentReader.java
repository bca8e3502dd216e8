package cn.dangjian.workflow.records.internal.pdf;

import cn.dangjian.workflow.records.RecordAttachmentReader;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/** Reads the JSON attachment {@link PdfArchiver} embedded in a record's PDF. */
@Component
class PdfAttachmentReader implements RecordAttachmentReader {

  @Override
  public Optional<byte[]> read(byte[] file) {
    try (PDDocument document = Loader.loadPDF(file)) {
      return Optional.ofNullable(PdfArchiver.readAttachment(document));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
