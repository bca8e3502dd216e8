package cn.dangjian.workflow.records;

/** No record is filed under the dossier key asked for. */
public class NoSuchDossierException extends RuntimeException {

  public NoSuchDossierException(String dossierKey) {
    super("案卷不存在：" + dossierKey);
  }
}
