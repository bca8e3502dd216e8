/**
 * The auditors' HTTP API and page over records and dossiers: lists, downloads, verification, access log.
 */
@ApplicationModule(allowedDependencies = {"casework", "records", "web"})
package cn.dangjian.workflow.audit;

import org.springframework.modulith.ApplicationModule;
