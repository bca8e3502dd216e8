package cn.dangjian.workflow.records.internal.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The typefaces of one document, after GB/T 9704: the body (text, fields, tables, document number, signature,
 * page numbers) in a Ming/宋体 face, the organisation, title and headings in a heavier sans face (standing in for
 * 小标宋 and 黑体). The body falls back to the sans face for the characters the Ming face lacks.
 */
record RecordFonts(Typeface body, Typeface display) {

  static RecordFonts embed(PDDocument document, ChineseFontProvider.Lease fonts) {
    Face sans = new Face(document, fonts.sans());
    Face serif = new Face(document, fonts.serif());
    return new RecordFonts(new Typeface(serif, sans), new Typeface(sans));
  }
}
