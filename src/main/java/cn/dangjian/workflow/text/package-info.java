/**
 * Plain-text rules for every text a person submits (no control characters, direction overrides or markup).
 */
@ApplicationModule(allowedDependencies = {})
package cn.dangjian.workflow.text;

import org.springframework.modulith.ApplicationModule;
