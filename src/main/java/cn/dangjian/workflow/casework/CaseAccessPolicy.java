package cn.dangjian.workflow.casework;

import java.util.List;

/** Who may see the cases of an organisation (case access policy). */
public interface CaseAccessPolicy {

  /** The groups granted to read a case of {@code organisationCode}. */
  List<String> viewerGroups(String organisationCode);
}
