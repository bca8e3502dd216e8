package cn.dangjian.workflow.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The rule packs of every process family ({@code rules/<family>/<id>.yaml}) for BPMN expressions, e.g.
 * {@code ${rules.period(rulePack, 'talkWithApplicant')}}. Pack ids are unique across families (a duplicate
 * stops start-up). A new case is pinned to the pack in force on its date ({@link #packFor}): the family's pack with
 * the latest {@code effective} date on or before it (before the first, the first). A deployment that must stay on
 * one pack configures it ({@code dangjian.rules.defaults.<family>}, for member development also
 * {@code dangjian.membership.rule-pack}): then that pack is in force whatever the date. Two packs of a family
 * effective on the same day (or without a date) need that setting; start-up stops otherwise.
 */
@Component("rules")
public class RulePacks {

  static final String LOCATION = "classpath*:rules/*/*.yaml";
  private static final Pattern FAMILY_FOLDER = Pattern.compile(".*/rules/([a-z][a-z0-9-]*)/[^/]+\\.yaml$");

  private final Map<String, RulePack> packs = new TreeMap<>();
  private final Map<String, String> familyOf = new TreeMap<>();
  private final Map<String, String> configured = new TreeMap<>();
  private final Map<String, List<RulePack>> byEffectiveDate = new TreeMap<>();

  @Autowired
  public RulePacks(Environment environment) {
    this(defaultsFrom(environment), LOCATION);
  }

  /** Member development's default pack only (tests). */
  public RulePacks(String membershipDefault) {
    this(Map.of(MEMBERSHIP, membershipDefault), LOCATION);
  }

  public RulePacks(Map<String, String> configuredDefaults, String pattern) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    Map<String, List<String>> byFamily = new TreeMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        String family = familyOf(resource);
        try (InputStream in = resource.getInputStream()) {
          RulePack pack = yaml.readValue(in, RulePack.class);
          if (packs.put(pack.id(), pack) != null) {
            throw new RuleViolationException("规则包编号 " + pack.id() + " 重复（" + resource.getDescription() + "）");
          }
          familyOf.put(pack.id(), family);
          byFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(pack.id());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取规则包 " + pattern, e);
    }
    byFamily.forEach((family, ids) -> {
      String pin = configuredDefaults.get(family);
      if (pin != null) {
        if (!ids.contains(pin)) {
          throw new RuleViolationException("默认规则包 " + pin + " 不存在（业务类别 " + family + "）；已有：" + ids);
        }
        configured.put(family, pin);
      }
      List<RulePack> dated = ids.stream().map(packs::get)
          .sorted(Comparator.comparing(RulePack::effective, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
      if (pin == null && dated.size() > 1) {
        requireDistinctDates(family, dated);
      }
      byEffectiveDate.put(family, dated);
    });
    configuredDefaults.keySet().stream().filter(family -> !byFamily.containsKey(family)).findFirst().ifPresent(family -> {
      throw new RuleViolationException("默认规则包 " + configuredDefaults.get(family) + " 不存在：业务类别 " + family
          + " 没有规则包；已有：" + packs.keySet());
    });
  }

  /** Which of several packs is in force must follow from their dates. */
  private static void requireDistinctDates(String family, List<RulePack> dated) {
    for (int i = 0; i < dated.size(); i++) {
      LocalDate effective = dated.get(i).effective();
      if (effective == null || i > 0 && effective.equals(dated.get(i - 1).effective())) {
        throw new RuleViolationException("业务类别 " + family + " 有多个规则包 " + dated.stream().map(RulePack::id).toList()
            + "，其生效日期（effective）缺失或相同，无法按日期选择：请补齐生效日期，或设置 dangjian.rules.defaults." + family);
      }
    }
  }

  private static String familyOf(Resource resource) throws IOException {
    Matcher folder = FAMILY_FOLDER.matcher(resource.getURL().toString());
    if (!folder.matches()) {
      throw new RuleViolationException("规则包应放在 rules/<业务类别>/<编号>.yaml：" + resource.getDescription());
    }
    return folder.group(1);
  }

  private static Map<String, String> defaultsFrom(Environment environment) {
    Map<String, String> defaults = new TreeMap<>(Binder.get(environment)
        .bind("dangjian.rules.defaults", Bindable.mapOf(String.class, String.class)).orElse(Map.of()));
    String membership = environment.getProperty("dangjian.membership.rule-pack");
    if (membership != null) {
      defaults.putIfAbsent(MEMBERSHIP, membership);
    }
    return defaults;
  }

  /** The family of member development, whose default pack {@link #defaultPack()} is. */
  public static final String MEMBERSHIP = "membership";

  /** Member development's pack for a case without a date: {@link #defaultPack(String)}. */
  public String defaultPack() {
    return defaultPack(MEMBERSHIP);
  }

  /** The configured pack of {@code family}, else its newest (latest effective date). */
  public String defaultPack(String family) {
    return configuredPack(family).orElseGet(() -> dated(family).get(dated(family).size() - 1).id());
  }

  /** The pack a deployment keeps {@code family} on, whatever the date ({@code dangjian.rules.defaults.<family>}). */
  public Optional<String> configuredPack(String family) {
    dated(family);
    return Optional.ofNullable(configured.get(family));
  }

  /**
   * The pack that applies to a case of {@code family} dated {@code date} (e.g. the application date): the configured
   * one, else the pack in force on that date by the packs' own effective dates (before the first, the first).
   */
  public String packFor(String family, LocalDate date) {
    return configuredPack(family).orElseGet(() -> {
      List<RulePack> dated = dated(family);
      RulePack inForce = dated.get(0);
      for (RulePack pack : dated) {
        if (pack.effective() != null && !pack.effective().isAfter(date)) {
          inForce = pack;
        }
      }
      return inForce.id();
    });
  }

  private List<RulePack> dated(String family) {
    List<RulePack> dated = byEffectiveDate.get(family);
    if (dated == null) {
      throw new RuleViolationException("业务类别 " + family + " 没有规则包；已有：" + byEffectiveDate.keySet());
    }
    return dated;
  }

  /** The family a pack belongs to, e.g. {@code membership} for {@code 2014}. */
  public String familyOf(String packId) {
    pack(packId);
    return familyOf.get(packId);
  }

  public boolean exists(String id) {
    return packs.containsKey(id);
  }

  public RulePack pack(String id) {
    RulePack pack = packs.get(id);
    if (pack == null) {
      throw new RuleViolationException("规则包 " + id + " 不存在；已有：" + packs.keySet());
    }
    return pack;
  }

  public RulePack.Limit limit(String packId, String key) {
    RulePack.Limit limit = pack(packId).limits().get(key);
    if (limit == null) {
      throw new RuleViolationException("规则包 " + packId + " 未定义期限 " + key);
    }
    return limit;
  }

  /** The ISO period of a limit, e.g. {@code P1M}. */
  public String period(String packId, String key) {
    String period = limit(packId, key).period();
    if (period == null) {
      throw new RuleViolationException("规则包 " + packId + " 的 " + key + " 没有期限");
    }
    return period;
  }

  public Period parsedPeriod(String packId, String key) {
    return Period.parse(period(packId, key));
  }

  /** A repeating timer cycle for a period limit, e.g. {@code R/P6M} (每半年). */
  public String cycle(String packId, String key) {
    return "R/" + period(packId, key);
  }

  /** A numeric limit, e.g. 5 working days of 公示. */
  public int days(String packId, String key) {
    return value(packId, key);
  }

  public int value(String packId, String key) {
    Integer value = limit(packId, key).value();
    if (value == null) {
      throw new RuleViolationException("规则包 " + packId + " 的 " + key + " 没有数值");
    }
    return value;
  }

  public int min(String packId, String key) {
    return limit(packId, key).min();
  }

  public int max(String packId, String key) {
    return limit(packId, key).max();
  }

  /** Whether a rule is mandatory in the pack (absent means mandatory). */
  public boolean mandatory(String packId, String key) {
    Boolean mandatory = limit(packId, key).mandatory();
    return mandatory == null || mandatory;
  }

  /** The citation, e.g. 《中国共产党发展党员工作细则》第七条. */
  public String article(String packId, String key) {
    return pack(packId).regulation() + limit(packId, key).article();
  }

  public String title(String packId) {
    return pack(packId).title();
  }
}
