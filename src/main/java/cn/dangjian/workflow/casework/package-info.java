/**
 * The case platform every process family builds on: case families and their numbers, intake (rule pack pinned,
 * number, title, the starter acting for the organisation), field reading and validation reporting every problem
 * at once, vote tallies, deadlines, reminders and escalation ladders from the rule pack and the working-day
 * calendar, case access policies (lineage, confidential), recusal of a case's subject (回避) and transfer; events
 * when a case opens and closes.
 */
@ApplicationModule(allowedDependencies = {"calendar", "counters", "engine", "identity", "records", "rules", "text", "web"})
package cn.dangjian.workflow.casework;

import org.springframework.modulith.ApplicationModule;
