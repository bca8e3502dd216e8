/**
 * 问责 (accountability): responsibility items (责任清单事项) with their deadlines and escalation ladder
 * (提醒 → 督办 → 约谈 → 通报 → 问责建议), and the 问责 procedure of 《中国共产党问责条例》 with its decision tables,
 * 申辩 and 申诉, and the restriction periods (影响期) of the measures decided.
 */
@ApplicationModule(allowedDependencies = {"calendar", "casework", "engine", "identity", "records", "rules", "text", "web"})
package cn.dangjian.workflow.accountability;

import org.springframework.modulith.ApplicationModule;
