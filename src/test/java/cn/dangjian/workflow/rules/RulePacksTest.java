package cn.dangjian.workflow.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RulePacksTest {

  private final RulePacks rules = new RulePacks("2014");

  @Test
  void defaultPackIs2014() {
    assertThat(rules.defaultPack()).isEqualTo("2014");
    assertThat(rules.period("2014", "talkWithApplicant")).isEqualTo("P1M");
    assertThat(rules.article("2014", "talkWithApplicant")).isEqualTo("《中国共产党发展党员工作细则》第七条");
    assertThat(rules.days("2014", "publicNotice")).isEqualTo(5);
    assertThat(rules.min("2014", "probationExtension")).isEqualTo(6);
    assertThat(rules.max("2014", "probationExtension")).isEqualTo(12);
  }

  @Test
  void pack2026MakesThreeRulesMandatory() {
    assertThat(rules.mandatory("2014", "publicNotice")).isFalse();
    assertThat(rules.mandatory("2026", "publicNotice")).isTrue();
    assertThat(rules.mandatory("2014", "generalMeetingAfterPreReview")).isFalse();
    assertThat(rules.mandatory("2026", "generalMeetingAfterPreReview")).isTrue();
    assertThat(rules.period("2026", "generalMeetingAfterPreReview")).isEqualTo("P1M");
    assertThat(rules.mandatory("2014", "oathAfterApproval")).isFalse();
    assertThat(rules.period("2026", "oathAfterApproval")).isEqualTo("P1M");
  }

  @Test
  void everyLimitOfBothPacksCitesAnArticle() {
    for (String id : new String[] {"2014", "2026"}) {
      rules.pack(id).limits().forEach((key, limit) -> assertThat(limit.article()).as(id + "/" + key).startsWith("第"));
      assertThat(rules.pack(id).limits().keySet()).isEqualTo(rules.pack("2014").limits().keySet());
    }
  }

  @Test
  void unknownPackOrLimitIsAnError() {
    assertThatThrownBy(() -> rules.pack("1990")).hasMessageContaining("1990");
    assertThatThrownBy(() -> rules.period("2014", "nope")).hasMessageContaining("nope");
    assertThatThrownBy(() -> new RulePacks("1990")).hasMessageContaining("1990");
  }

  @Test
  void packsLiveInTheirFamilysFolderAndEachFamilyHasADefault() {
    assertThat(rules.familyOf("2014")).isEqualTo("membership");
    assertThat(rules.familyOf("2026")).isEqualTo("membership");
    assertThat(rules.defaultPack("membership")).isEqualTo("2014");
    assertThatThrownBy(() -> rules.defaultPack("nosuchfamily")).hasMessageContaining("nosuchfamily");
  }

  @Test
  void aDuplicatePackIdStopsStartUp() {
    assertThatThrownBy(() -> new RulePacks(java.util.Map.of(), "classpath*:fixtures/rules-duplicate/rules/*/*.yaml"))
        .hasMessageContaining("规则包编号 2014 重复");
  }

  @Test
  void aFamilyWithSeveralPacksNeedsAConfiguredDefault() {
    String pattern = "classpath*:fixtures/rules-two/rules/*/*.yaml";
    assertThatThrownBy(() -> new RulePacks(java.util.Map.of(), pattern))
        .hasMessageContaining("dangjian.rules.defaults.accountability");
    assertThat(new RulePacks(java.util.Map.of("accountability", "a2"), pattern).defaultPack("accountability"))
        .isEqualTo("a2");
  }

  @Test
  void theNewCaseGetsThePackInForceOnItsDateUnlessTheDeploymentIsKeptOnOne() {
    RulePacks byDate = new RulePacks(java.util.Map.of(), RulePacks.LOCATION);
    assertThat(byDate.configuredPack("membership")).isEmpty();
    assertThat(byDate.packFor("membership", java.time.LocalDate.of(2026, 5, 17))).isEqualTo("2014");
    assertThat(byDate.packFor("membership", java.time.LocalDate.of(2026, 5, 18))).isEqualTo("2026");
    assertThat(byDate.packFor("membership", java.time.LocalDate.of(2010, 1, 1))).as("before the first: the first")
        .isEqualTo("2014");
    assertThat(byDate.defaultPack("membership")).isEqualTo("2026");
    assertThat(rules.configuredPack("membership")).contains("2014");
    assertThat(rules.packFor("membership", java.time.LocalDate.of(2026, 11, 20))).isEqualTo("2014");
  }
}
