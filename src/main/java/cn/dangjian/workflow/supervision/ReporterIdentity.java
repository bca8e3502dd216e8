package cn.dangjian.workflow.supervision;

/**
 * Who made a real-name report (实名举报人): kept only in the reporter store, never in the engine.
 *
 * @param name 举报人姓名
 * @param contact 联系方式
 * @param idNumber 公民身份号码, optional
 */
public record ReporterIdentity(String name, String contact, String idNumber) {

  /** The variable names a report form uses for the identity: reserved, refused anywhere in the engine. */
  public static final java.util.List<String> FIELDS = java.util.List.of("reporterName", "reporterContact",
      "reporterIdNumber");

  @Override
  public String toString() {
    return "ReporterIdentity[protected]";
  }
}
