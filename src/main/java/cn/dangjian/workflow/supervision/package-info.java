/**
 * 监督 (supervision): reports from the masses and problem clues (信访举报, 接待接访, 群众台账) received, registered and
 * handled — the mass-issue register (群众台账, {@code massIssue}) at the receiving organisation and clue handling
 * (问题线索处置, {@code clueHandling}) referred to and disposed of by the 纪委 — under 《纪检监察机关处理检举控告工作规则》
 * (2020) and 《中国共产党纪律检查机关监督执纪工作规则》(2019). A real-name reporter's identity never enters the engine: it
 * lives encrypted in the reporter store, readable through one logged service by the group handling the case.
 */
@ApplicationModule(allowedDependencies = {"calendar", "casework", "engine", "enginegate", "identity", "records", "rules", "text", "web", "accountability"})
package cn.dangjian.workflow.supervision;

import org.springframework.modulith.ApplicationModule;
