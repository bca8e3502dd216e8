package cn.dangjian.workflow.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Period;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The rule packs ({@code rules/*.yaml}) for BPMN expressions, e.g. {@code ${rules.period(rulePack,
 * 'talkWithApplicant')}}. New cases are pinned to the default pack ({@code dangjian.membership.rule-pack}).
 */
@Component("rules")
public class RulePacks {

  private final Map<String, RulePack> packs = new TreeMap<>();
  private final String defaultPack;

  @Autowired
  public RulePacks(@Value("${dangjian.membership.rule-pack:2014}") String defaultPack) {
    this(defaultPack, "classpath*:rules/*.yaml");
  }

  public RulePacks(String defaultPack, String pattern) {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          RulePack pack = yaml.readValue(in, RulePack.class);
          packs.put(pack.id(), pack);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("无法读取规则包 " + pattern, e);
    }
    if (!packs.containsKey(defaultPack)) {
      throw new RuleViolationException("默认规则包 " + defaultPack + " 不存在；已有：" + packs.keySet());
    }
    this.defaultPack = defaultPack;
  }

  public String defaultPack() {
    return defaultPack;
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
