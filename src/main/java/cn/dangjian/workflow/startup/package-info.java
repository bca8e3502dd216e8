/**
 * The start-up report: where to log in, the profile in effect, the demo users.
 */
@ApplicationModule(allowedDependencies = {})
package cn.dangjian.workflow.startup;

import org.springframework.modulith.ApplicationModule;
