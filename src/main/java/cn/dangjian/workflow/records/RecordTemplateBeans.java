package cn.dangjian.workflow.records;

import java.util.List;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.RuntimeBeanReference;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;

/**
 * Registers one {@link DeclarativeRecordTemplate} bean per definition, named after its record type, with the
 * family's {@link CaseHeader} bean: {@code @Bean static BeanDefinitionRegistryPostProcessor
 * templates() { return RecordTemplateBeans.of(DEFINITIONS, "membershipCaseHeader"); }}.
 */
public final class RecordTemplateBeans {

  private RecordTemplateBeans() {}

  public static BeanDefinitionRegistryPostProcessor of(List<RecordDefinition> definitions, String caseHeaderBean) {
    return new BeanDefinitionRegistryPostProcessor() {
      @Override
      public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        for (RecordDefinition definition : definitions) {
          RootBeanDefinition bean = new RootBeanDefinition(DeclarativeRecordTemplate.class);
          bean.getConstructorArgumentValues().addIndexedArgumentValue(0, definition);
          bean.getConstructorArgumentValues().addIndexedArgumentValue(1, new RuntimeBeanReference(caseHeaderBean));
          registry.registerBeanDefinition(definition.type(), bean);
        }
      }

      @Override
      public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
    };
  }
}
