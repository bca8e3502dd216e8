/**
 * The HTTP boundary of both engine APIs ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}): payload shape and size, uploads, and error rewriting to the web error contract.
 */
@ApplicationModule(allowedDependencies = {"engine", "text", "web"})
package cn.dangjian.workflow.enginegate;

import org.springframework.modulith.ApplicationModule;
