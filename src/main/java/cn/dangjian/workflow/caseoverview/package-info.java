/**
 * Where a case stands (案件进展), for staff: the cases of their organisations and of those below, each with its family,
 * stage, open step, who holds it, its due date and the steps done so far. Read only; every engine query runs with the
 * signed-in user's authentication, so a case is shown exactly where its history may be read (Camunda history
 * authorizations granted by the case's access policy).
 */
@ApplicationModule(allowedDependencies = {"casework", "engine", "identity", "web"})
package cn.dangjian.workflow.caseoverview;

import org.springframework.modulith.ApplicationModule;
