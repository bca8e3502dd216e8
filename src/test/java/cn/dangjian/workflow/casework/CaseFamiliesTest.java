package cn.dangjian.workflow.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseFamiliesTest {

  private static final CaseFamily MEMBERSHIP = new CaseFamily("membership", "DY", "党员发展", "memberDevelopment");

  @Test
  void findsAFamilyByKeyAndByProcess() {
    CaseFamilies families = new CaseFamilies(List.of(MEMBERSHIP,
        new CaseFamily("accountability", "WZ", "问责", "responsibilityItem")));
    assertThat(families.byProcessKey("responsibilityItem").numberPrefix()).isEqualTo("WZ");
    assertThat(families.byKey("membership")).isEqualTo(MEMBERSHIP);
    assertThatThrownBy(() -> families.byProcessKey("nope")).hasMessageContaining("nope");
  }

  @Test
  void twoFamiliesNeverShareANumberPrefixKeyOrProcess() {
    assertThatThrownBy(() -> new CaseFamilies(List.of(MEMBERSHIP,
        new CaseFamily("supervision", "DY", "监督", "massIssue")))).hasMessageContaining("case number prefix DY");
    assertThatThrownBy(() -> new CaseFamilies(List.of(MEMBERSHIP,
        new CaseFamily("membership", "JD", "监督", "massIssue")))).hasMessageContaining("key membership");
  }

  @Test
  void aFamilyNeedsAReadableKeyAndPrefix() {
    assertThatThrownBy(() -> new CaseFamily("Member Development", "DY", "党员发展", "x")).hasMessageContaining("key");
    assertThatThrownBy(() -> new CaseFamily("membership", "dy1", "党员发展", "x")).hasMessageContaining("prefix");
  }
}
