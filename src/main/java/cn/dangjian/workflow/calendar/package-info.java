/**
 * Working days (工作日) from one data file per year, and Beijing-time dates of cases.
 */
@ApplicationModule(allowedDependencies = {})
package cn.dangjian.workflow.calendar;

import org.springframework.modulith.ApplicationModule;
