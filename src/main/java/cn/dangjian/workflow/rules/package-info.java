/**
 * Versioned rule packs (规则包) of limits and articles, pinned per case.
 */
@ApplicationModule(allowedDependencies = {})
package cn.dangjian.workflow.rules;

import org.springframework.modulith.ApplicationModule;
