package cn.dangjian.workflow.audit;

import cn.dangjian.workflow.casework.DossierReaders;
import cn.dangjian.workflow.records.StoredRecord;
import java.security.Principal;
import java.util.Collection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read which records through the API: auditors and administrators every record; those who assemble
 * dossiers ({@link DossierReaders}) read only, the records of their own organisations' cases.
 */
@Component
class RecordReaders {

  /** For {@code @PreAuthorize}: auditors, administrators, and those who assemble dossiers. */
  static final String MAY_USE_API =
      "hasAnyRole('AUDITOR', 'ADMIN') or @dossierReaders.assemblesDossiers(authentication.name)";

  private final DossierReaders assemblers;

  RecordReaders(DossierReaders assemblers) {
    this.assemblers = assemblers;
  }

  boolean readsEverything(Principal user) {
    return user instanceof Authentication authentication && authentication.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_AUDITOR") || a.getAuthority().equals("ROLE_ADMIN"));
  }

  boolean mayRead(Principal user, StoredRecord record) {
    return readsEverything(user) || assemblers.mayRead(user.getName(), record.processInstanceId());
  }

  /** A dossier: every case whose records it holds must be the reader's. */
  boolean mayRead(Principal user, Collection<StoredRecord> dossier) {
    return readsEverything(user) || !dossier.isEmpty() && dossier.stream().map(StoredRecord::processInstanceId)
        .distinct().allMatch(id -> assemblers.mayRead(user.getName(), id));
  }
}
