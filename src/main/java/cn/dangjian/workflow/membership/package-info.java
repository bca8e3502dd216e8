/**
 * 党员发展 (member development): its guards, routing, record templates and case API, only what is specific to it.
 */
@ApplicationModule(allowedDependencies = {"calendar", "casework", "engine", "identity", "records", "rules", "text", "web"})
package cn.dangjian.workflow.membership;

import org.springframework.modulith.ApplicationModule;
