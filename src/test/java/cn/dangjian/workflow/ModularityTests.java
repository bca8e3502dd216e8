package cn.dangjian.workflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Package by feature, held by the build: each top-level package is a module that declares the modules it may
 * use ({@code package-info.java}); modules use only each other's public surface and never form a cycle. Only
 * {@code engine} touches the engine's internals; only {@code records.internal.pdf} touches PDFBox and
 * BouncyCastle, and the records API reaches it only through interfaces. The module documentation is written to
 * {@code target/spring-modulith-docs} on every run.
 */
class ModularityTests {

  private static final ApplicationModules MODULES = ApplicationModules.of(DangjianWorkflowApplication.class);
  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.dangjian.workflow");

  @Test
  void modulesRespectTheirDeclaredDependenciesAndFormNoCycles() {
    MODULES.verify();
  }

  @Test
  void everyModuleDeclaresItsAllowedDependencies() {
    for (ApplicationModule module : MODULES) {
      Class<?> packageInfo = classOrNull(module.getBasePackage().getName() + ".package-info");
      assertThat(packageInfo).as("package-info of module %s", module.getIdentifier()).isNotNull();
      assertThat(packageInfo.getAnnotation(org.springframework.modulith.ApplicationModule.class))
          .as("@ApplicationModule on module %s", module.getIdentifier()).isNotNull();
    }
  }

  @Test
  void theModulesAreTheOnesTheArchitectureNames() {
    assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
        .contains("web", "text", "security", "engine", "enginegate", "identity", "calendar", "rules", "records",
            "audit", "membership")
        .doesNotContain("config");
  }

  @Test
  void onlyTheEngineModuleUsesTheEnginesInternals() {
    noClasses().that().resideOutsideOfPackage("cn.dangjian.workflow.engine..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
        .because("engine extensions are the one place tied to Camunda's internals")
        .check(PRODUCTION);
  }

  @Test
  void recordsDependOnNeitherWebTypesNorTheProcessesThatUseThem() {
    noClasses().that().resideInAPackage("cn.dangjian.workflow.records..")
        .should().dependOnClassesThat().resideInAnyPackage("cn.dangjian.workflow.web..", "cn.dangjian.workflow.membership..",
            "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
        .because("a record job never throws an HTTP exception")
        .check(PRODUCTION);
  }

  @Test
  void theRecordsApiUsesItsPdfImplementationOnlyThroughInterfaces() {
    noClasses().that().resideInAPackage("cn.dangjian.workflow.records")
        .should().dependOnClassesThat().resideInAPackage("cn.dangjian.workflow.records.internal..")
        .because("the API reaches records.internal.pdf only through the interfaces Spring injects "
            + "(RecordDocuments, RecordSignatureVerifier, RecordAttachmentReader)")
        .check(PRODUCTION);
  }

  @Test
  void onlyTheRecordsPdfImplementationUsesPdfBoxAndBouncyCastle() {
    noClasses().that().resideOutsideOfPackage("cn.dangjian.workflow.records.internal.pdf..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..",
            "org.apache.xmpbox..", "org.bouncycastle..")
        .because("the PDF and signing libraries stay behind the records API, as EU DSS keeps its PDF library "
            + "behind its own interfaces")
        .check(PRODUCTION);
  }

  @Test
  void writesTheModuleDocumentation() {
    new Documenter(MODULES).writeDocumentation();
    assertThat(java.nio.file.Path.of("target/spring-modulith-docs/components.puml")).exists();
  }

  private static Class<?> classOrNull(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }
}
