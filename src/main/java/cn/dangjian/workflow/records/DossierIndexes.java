package cn.dangjian.workflow.records;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The records subsystem's own dossier index. A feature whose cases close with an index of their own
 * declares a {@link DossierIndexTemplate} bean for its {@link DossierIndexFamily} the same way.
 */
@Configuration(proxyBeanMethods = false)
class DossierIndexes {

  @Bean(PlainDossierIndex.TYPE)
  DossierIndexTemplate plainDossierIndex(RecordStore store, RecordsProperties properties) {
    return new DossierIndexTemplate(new PlainDossierIndex(properties), store);
  }
}
