package cn.dangjian.workflow.records;

/**
 * Who numbers a record and in which sequence: its 发文字号 is {@code <issuer>〔<year>〕<n>号}, e.g.
 * {@code 第一党支部〔2026〕3号}, with {@code n} counted per issuing organisation, document type and year
 * ({@link DocumentNumbers}). The case number is not the 文号; records print it in their case header.
 *
 * @param organisationCode the issuing organisation's code, e.g. {@code C1-B1} (the sequence's key)
 * @param issuer what is printed before the year: the organisation's short name (发文机关代字)
 * @param documentType the kind of document counted, normally the record type
 * @param year the year of issue
 */
public record DocumentNumbering(String organisationCode, String issuer, String documentType, int year) {

  public String format(int number) {
    return issuer + "〔" + year + "〕" + number + "号";
  }
}
