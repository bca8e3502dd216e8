package cn.dangjian.workflow.records;

/**
 * A record for a dossier whose index (归档目录) has been written: the dossier is archived and takes no
 * further record. In a record job this fails the job, which is retried and then becomes an incident.
 */
public class DossierClosedException extends IllegalStateException {

  public DossierClosedException(String dossierKey, String recordType) {
    super("案卷 " + dossierKey + " 已归档（归档目录已编制），不能再增加文书（" + recordType + "）");
  }
}
