/**
 * The JSON error contract of our API: {@code ApiError}, the exceptions that name a field or a missing thing, and the sentences every door answers with. Depends on nothing of ours.
 */
@ApplicationModule(allowedDependencies = {})
package cn.dangjian.workflow.web;

import org.springframework.modulith.ApplicationModule;
