/**
 * Login, filters and the Camunda authentication bridge; HTTP Basic for the REST APIs.
 */
@ApplicationModule(allowedDependencies = {"identity", "web"})
package cn.dangjian.workflow.security;

import org.springframework.modulith.ApplicationModule;
