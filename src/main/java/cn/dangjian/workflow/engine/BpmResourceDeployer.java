package cn.dangjian.workflow.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every BPMN, DMN and form of {@code processes/} and {@code forms/} (packaged under
 * {@code bpm/}) as one deployment with stable resource names, before the job executor starts.
 *
 * <p>The starter's own auto-deployment is disabled because its resource names depend on how the
 * application runs (jar, IDE, tests), which would create new process versions on the same database.
 * Duplicate filtering deploys only changed files, so an unchanged file never gets a new version.
 */
@Component
public class BpmResourceDeployer extends AbstractProcessEnginePlugin {

  public static final String DEPLOYMENT_NAME = "dangjian-workflow";
  static final String ROOT = "bpm/";
  private static final List<String> PATTERNS =
      List.of("processes/**/*.bpmn", "processes/**/*.dmn", "forms/**/*.form");
  private static final Logger log = LoggerFactory.getLogger(BpmResourceDeployer.class);

  private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    List<NamedResource> resources = findResources();
    if (resources.isEmpty()) {
      log.warn("No process or form resources found under classpath:{}", ROOT);
      return;
    }
    DeploymentBuilder builder =
        engine.getRepositoryService().createDeployment().name(DEPLOYMENT_NAME).source(DEPLOYMENT_NAME)
            .enableDuplicateFiltering(true);
    for (NamedResource resource : resources) {
      builder.addString(resource.name(), resource.content());
    }
    try {
      DeploymentWithDefinitions deployment = builder.deployWithResult();
      log.info("Deployed {} resources from processes/ and forms/ (deployment {}, {} new process definitions)",
          resources.size(), deployment.getId(), sizeOf(deployment.getDeployedProcessDefinitions()));
    } catch (ParseException e) {
      throw InvalidBpmResourceException.from(e);
    } catch (ProcessEngineException e) {
      throw new InvalidBpmResourceException(List.of(describeFailure(e, resources)), e);
    }
  }

  /** Resources named {@code processes/...} or {@code forms/...}, the same from jar, IDE and tests. */
  List<NamedResource> findResources() {
    List<NamedResource> found = new ArrayList<>();
    for (String pattern : PATTERNS) {
      try {
        for (Resource resource : resolver.getResources("classpath*:" + ROOT + pattern)) {
          String url = resource.getURL().toString();
          String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length());
          try (InputStream in = resource.getInputStream()) {
            found.add(new NamedResource(name, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read process resources " + pattern + ": " + e.getMessage(), e);
      }
    }
    found.sort(Comparator.comparing(NamedResource::name));
    return found;
  }

  private static String describeFailure(ProcessEngineException e, List<NamedResource> resources) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return resources.stream().map(NamedResource::name).filter(message::contains).findFirst()
        .map(name -> name + ": " + message).orElse(message);
  }

  private static int sizeOf(List<?> list) {
    return list == null ? 0 : list.size();
  }

  record NamedResource(String name, String content) {}
}
