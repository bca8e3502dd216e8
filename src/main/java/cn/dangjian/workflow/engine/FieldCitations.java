package cn.dangjian.workflow.engine;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a family's rules say about a form field, for the refusals the form check gives before the family's own
 * guards run (a value not among the options, a required field left empty): the clause naming the article, taken
 * from the case at hand (e.g. its pinned rule pack), appended to the refusal of that field at every door.
 */
public interface FieldCitations {

  /**
   * The clause to append to a refusal of {@code field} of form {@code formKey} for the task's case, e.g.
   * "：上级党委只能批准或不批准支部大会的决议（《…》第三十三条）"; empty when the family says nothing of the field.
   */
  Optional<String> cite(String formKey, String field, VariableScope task);
}
