package cn.dangjian.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class BpmResourceDeployerTest {

  private static final String PROBE = "processes/test-routing-probe.bpmn";

  @Autowired ProcessEngine engine;
  @Autowired BpmResourceDeployer deployer;

  @Test
  void resourcesAreDeployedUnderStableNamesIndependentOfHowTheAppRuns() {
    RepositoryService repository = engine.getRepositoryService();
    Deployment deployment = repository.createDeploymentQuery().deploymentName(BpmResourceDeployer.DEPLOYMENT_NAME)
        .orderByDeploymentTime().asc().list().get(0);

    List<String> names = repository.getDeploymentResourceNames(deployment.getId());

    assertThat(names).contains(PROBE).allSatisfy(name -> assertThat(name).matches("(processes|forms)/[^:]+"));
  }

  @Test
  void redeployingUnchangedFilesCreatesNoNewVersion() {
    // Another test may have deployed a changed copy: the first run restores the file's content.
    deployer.postProcessEngineBuild(engine);
    int before = latestVersion("routingProbe");
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();

    deployer.postProcessEngineBuild(engine);

    assertThat(latestVersion("routingProbe")).isEqualTo(before);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void aChangedFileGetsANewVersionAndOnlyThatFile() {
    RepositoryService repository = engine.getRepositoryService();
    String original = deployer.findResources().stream().filter(r -> r.name().equals(PROBE)).findFirst().orElseThrow()
        .content();
    int before = latestVersion("routingProbe");

    Deployment changed = repository.createDeployment().name(BpmResourceDeployer.DEPLOYMENT_NAME)
        .source(BpmResourceDeployer.DEPLOYMENT_NAME).enableDuplicateFiltering(true)
        .addString(PROBE, original.replace("路由测试流程", "路由测试流程（修订）")).deploy();

    assertThat(latestVersion("routingProbe")).isEqualTo(before + 1);
    assertThat(repository.getDeploymentResourceNames(changed.getId())).containsExactly(PROBE);
  }

  @Test
  void aBrokenFileIsReportedByNameWithTheParsersMessage() {
    InvalidBpmResourceException thrown = deployBroken("processes/broken.bpmn",
        "<?xml version=\"1.0\"?><bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
            + "targetNamespace=\"t\"><bpmn:process id=\"broken\" isExecutable=\"true\">"
            + "<bpmn:sequenceFlow id=\"Flow_Dangling\" sourceRef=\"Nowhere\" targetRef=\"Nothing\"/>"
            + "</bpmn:process></bpmn:definitions>");

    assertThat(thrown.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("processes/broken.bpmn"));
    assertThat(thrown.getMessage()).contains("Nowhere");

    FailureAnalysis analysis = new InvalidBpmResourceFailureAnalyzer().analyze(
        new IllegalStateException("wrapped by Spring", thrown));
    assertThat(analysis.getDescription()).contains("processes/broken.bpmn").doesNotContain("\tat ");
    assertThat(analysis.getAction()).contains("Camunda Modeler");
  }

  @Test
  void aMalformedXmlFileIsReportedByName() {
    InvalidBpmResourceException thrown = deployBroken("processes/not-xml.bpmn", "<bpmn:definitions");

    assertThat(thrown.getMessage()).contains("processes/not-xml.bpmn");
  }

  private InvalidBpmResourceException deployBroken(String name, String content) {
    BpmResourceDeployer broken = new BpmResourceDeployer() {
      @Override
      List<NamedResource> findResources() {
        return List.of(new NamedResource(name, content));
      }
    };
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> broken.postProcessEngineBuild(engine));
    assertThat(thrown).isInstanceOf(InvalidBpmResourceException.class);
    assertThatThrownBy(() -> { throw thrown; }).hasMessageContaining(name);
    return (InvalidBpmResourceException) thrown;
  }

  private int latestVersion(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getVersion();
  }
}
