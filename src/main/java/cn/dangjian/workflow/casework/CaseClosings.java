package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.records.RecordIssued;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A case closes when its dossier receives its index: {@link RecordIssued} of an index becomes {@link CaseClosed}. */
@Component
class CaseClosings {

  private final ApplicationEventPublisher events;

  CaseClosings(ApplicationEventPublisher events) {
    this.events = events;
  }

  @EventListener
  void on(RecordIssued record) {
    if (record.closesDossier()) {
      events.publishEvent(new CaseClosed(record.dossierKey(), record.processInstanceId(),
          record.processDefinitionKey(), record.issuedAt()));
    }
  }
}
