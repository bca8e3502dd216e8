/**
 * The organisation model (组织) to Camunda users, groups and authorizations; who acts for a step; member standing.
 */
@ApplicationModule(allowedDependencies = {"engine", "web"})
package cn.dangjian.workflow.identity;

import org.springframework.modulith.ApplicationModule;
