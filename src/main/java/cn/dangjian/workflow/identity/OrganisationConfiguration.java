package cn.dangjian.workflow.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationConfiguration {

  @Bean
  OrganisationModel organisationModel(IdentityProperties properties) {
    if (properties.model() == null || !properties.model().exists()) {
      throw new IllegalStateException("dangjian.identity.model must name an existing organisation YAML file, was: "
          + (properties.model() == null ? "not set" : properties.model().getDescription()));
    }
    return OrganisationModelLoader.load(properties.model());
  }
}
