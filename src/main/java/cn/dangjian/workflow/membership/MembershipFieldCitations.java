package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.engine.FieldCitations;
import cn.dangjian.workflow.rules.RulePacks;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The rules behind fields of the member development forms whose refusals the form check gives before the step's own
 * guard runs (an option the form does not offer, a required field left empty), with the article from the case's
 * pinned rule pack: the same clause ends the guard's refusal and the form check's, at every door.
 */
@Component
public class MembershipFieldCitations implements FieldCitations {

  private record Citation(String limit, String rule) {}

  private static final Map<String, Citation> BY_FIELD = Map.of(
      "conversionApprovalDecision", new Citation("conversionProcedure",
          "上级党委只能批准（approve）或不批准（notApproved）支部大会的转正决议，不能另作结论；不批准的退回党支部重新讨论"),
      "conversionReviewProposal", new Citation("conversionProcedure",
          "支部委员会审查后提请支部大会讨论的只能是按期转正（convert）、延长预备期（extend）或取消预备党员资格（cancel）"),
      "committeeTalkOpinion", new Citation("dossierDocuments", "谈话记录连同谈话人对其能否入党的意见归入入党材料"));

  private final RulePacks rules;

  public MembershipFieldCitations(RulePacks rules) {
    this.rules = rules;
  }

  @Override
  public Optional<String> cite(String formKey, String field, VariableScope task) {
    if (!formKey.startsWith("membership-") || !BY_FIELD.containsKey(field) || task.getVariable("rulePack") == null) {
      return Optional.empty();
    }
    return Optional.of("：" + clause(task, field));
  }

  /** The rule of {@code field} with its article in the case's rule pack, e.g. "…不能另作结论（《…》第三十三条）". */
  String clause(VariableScope task, String field) {
    Citation citation = BY_FIELD.get(field);
    return citation.rule() + "（" + rules.article((String) task.getVariable("rulePack"), citation.limit()) + "）";
  }
}
