package cn.dangjian.workflow.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * stops start-up); each family has a default pack new cases are pinned to ({@code dangjian.rules.defaults.<family>},
 * for member development also {@code dangjian.membership.rule-pack}), or its only pack.
 */
@Component("rules")
public class RulePacks {

  static final String LOCATION = "classpath*:rules/*/*.yaml";
  private static final Pattern FAMILY_FOLDER = Pattern.compile(".*/rules/([a-z][a-z0-9-]*)/[^/]+\\.yaml$");

  private final Map<String, RulePack> packs = new TreeMap<>();
  private final Map<String, String> familyOf = new TreeMap<>();
  private final Map<String, String> defaults = new TreeMap<>();

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
    byFamily.forEach((family, ids) -> defaults.put(family, chooseDefault(family, ids, configuredDefaults.get(family))));
    configuredDefaults.keySet().stream().filter(family -> !byFamily.containsKey(family)).findFirst().ifPresent(family -> {
      throw new RuleViolationException("默认规则包 " + configuredDefaults.get(family) + " 不存在：业务类别 " + family
          + " 没有规则包；已有：" + packs.keySet());
    });
  }

  private static String chooseDefault(String family, List<String> ids, String configured) {
    if (configured != null) {
      if (!ids.contains(configured)) {
        throw new RuleViolationException("默认规则包 " + configured + " 不存在（业务类别 " + family + "）；已有：" + ids);
      }
      return configured;
    }
    if (ids.size() != 1) {
      throw new RuleViolationException("业务类别 " + family + " 有多个规则包 " + ids + "，须设置 dangjian.rules.defaults."
          + family);
    }
    return ids.get(0);
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

  /** Member development's default pack (kept for the intake of deployed process versions). */
  public String defaultPack() {
    return defaultPack(MEMBERSHIP);
  }

  /** The pack new cases of {@code family} are pinned to. */
  public String defaultPack(String family) {
    String pack = defaults.get(family);
    if (pack == null) {
      throw new RuleViolationException("业务类别 " + family + " 没有规则包；已有：" + defaults.keySet());
    }
    return pack;
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
