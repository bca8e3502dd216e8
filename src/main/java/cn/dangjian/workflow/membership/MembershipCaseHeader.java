package cn.dangjian.workflow.membership;

import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.records.CaseHeader;
import cn.dangjian.workflow.records.Letterhead;
import cn.dangjian.workflow.records.RecordSource;
import cn.dangjian.workflow.rules.RulePacks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The head of every member development record ({@link CaseLetterhead}) and the articles of its rule pack. */
@Component(MembershipCaseHeader.BEAN)
public class MembershipCaseHeader implements CaseHeader {

  static final String BEAN = "membershipCaseHeader";

  private final OrganisationModel organisations;
  private final RulePacks rules;

  public MembershipCaseHeader(OrganisationModel organisations, RulePacks rules) {
    this.organisations = organisations;
    this.rules = rules;
  }

  @Override
  public Letterhead letterhead(String recordType, RecordSource source) {
    CaseLetterhead head = CaseLetterhead.of(recordType, source, organisations, rules);
    return new Letterhead(head.organisationName(), head.numbering(), head.issueDate(), List.of(head.header()),
        head.data(recordType, source));
  }

  @Override
  public String article(RecordSource source, String limitKey) {
    return rules.article(source.string("rulePack"), limitKey);
  }
}
