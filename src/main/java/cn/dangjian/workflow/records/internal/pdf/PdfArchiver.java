package cn.dangjian.workflow.records.internal.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.XmpSerializer;
import org.springframework.stereotype.Component;

/**
 * Makes a rendered record a PDF/A-3b file: XMP metadata with the PDF/A identification and the same
 * title, author and dates as the document information, an sRGB output intent, and the record's data
 * embedded as a JSON file with {@code /AFRelationship /Data} referenced from the catalogue's
 * {@code /AF}. (Fonts are embedded by the renderer.)
 */
@Component
class PdfArchiver {

  public static final String ATTACHMENT_NAME = "record.json";
  static final String PRODUCER = "dangjian-workflow";
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  /** What the metadata says about the record. */
  public record Description(String title, String author, String subject, Calendar created) {}

  public void archive(PDDocument document, Description description, byte[] json) {
    try {
      Calendar created = wholeSeconds(description.created());
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(description.title());
      info.setAuthor(description.author());
      info.setSubject(description.subject());
      info.setProducer(PRODUCER);
      info.setCreator(PRODUCER);
      info.setCreationDate(created);
      info.setModificationDate(created);

      PDDocumentCatalog catalog = document.getDocumentCatalog();
      catalog.setLanguage("zh-CN");
      catalog.setMetadata(xmp(document, description, created));
      catalog.addOutputIntent(outputIntent(document));
      attach(document, json, created);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot make the record a PDF/A-3 file", e);
    }
  }

  private static PDMetadata xmp(PDDocument document, Description description, Calendar created) throws IOException {
    XMPMetadata xmp = XMPMetadata.createXMPMetadata();
    PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
    pdfa.setPart(3);
    try {
      pdfa.setConformance("B");
    } catch (org.apache.xmpbox.type.BadFieldValueException e) {
      throw new IllegalStateException(e);
    }
    DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
    dc.setTitle(description.title());
    dc.addCreator(description.author());
    dc.setDescription(description.subject());
    dc.setFormat("application/pdf");
    XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
    basic.setCreateDate(created);
    basic.setModifyDate(created);
    basic.setCreatorTool(PRODUCER);
    AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
    pdf.setProducer(PRODUCER);
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try {
      new XmpSerializer().serialize(xmp, out, true);
    } catch (javax.xml.transform.TransformerException e) {
      throw new IOException("Cannot write XMP metadata", e);
    }
    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(out.toByteArray());
    return metadata;
  }

  private static PDOutputIntent outputIntent(PDDocument document) throws IOException {
    PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    return intent;
  }

  private static void attach(PDDocument document, byte[] json, Calendar created) throws IOException {
    PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(json));
    file.setSubtype("application/json");
    file.setSize(json.length);
    file.setCreationDate(created);
    file.setModDate(created);

    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(ATTACHMENT_NAME);
    spec.setFileUnicode(ATTACHMENT_NAME);
    spec.setFileDescription("文书数据（机器可读）");
    spec.setEmbeddedFile(file);
    spec.setEmbeddedFileUnicode(file);
    spec.getCOSObject().setName(COSName.AF_RELATIONSHIP, "Data");

    PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
    tree.setNames(Map.of(ATTACHMENT_NAME, spec));
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
    names.setEmbeddedFiles(tree);
    document.getDocumentCatalog().setNames(names);

    COSArray associated = new COSArray();
    associated.add(spec);
    document.getDocumentCatalog().getCOSObject().setItem(COSName.AF, associated);
  }

  private static Calendar wholeSeconds(Calendar source) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(source.getTimeInMillis() / 1000 * 1000);
    return calendar;
  }

  /** The JSON attachment of a record, or null if it has none. */
  public static byte[] readAttachment(PDDocument document) throws IOException {
    PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
    if (names == null || names.getEmbeddedFiles() == null) {
      return null;
    }
    Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
    if (files == null || !files.containsKey(ATTACHMENT_NAME)) {
      return null;
    }
    PDEmbeddedFile file = files.get(ATTACHMENT_NAME).getEmbeddedFile();
    return file == null ? null : file.toByteArray();
  }

}
