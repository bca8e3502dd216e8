/**
 * Signed, archive-grade records (文书) and dossiers (档案): templates, content, writer, issuer, dossier service and verification; PDF/A and PAdES behind small interfaces. Never depends on web types: a record job never throws an HTTP exception.
 */
@ApplicationModule(allowedDependencies = {"engine"})
package cn.dangjian.workflow.records;

import org.springframework.modulith.ApplicationModule;
