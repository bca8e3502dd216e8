/**
 * Readable sequence numbers kept in the database (case numbers, 发文字号): counter tables incremented atomically in
 * the caller's transaction, so numbers are unique across threads and nodes on one database and a rolled-back
 * transaction gives its number back.
 */
@ApplicationModule(allowedDependencies = {})
package cn.dangjian.workflow.counters;

import org.springframework.modulith.ApplicationModule;
