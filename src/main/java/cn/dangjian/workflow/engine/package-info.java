/**
 * Engine extensions, the only module that uses {@code org.camunda.bpm.engine.impl}: deployment of {@code processes/} and {@code forms/}, the form guard and the write doors, concurrent-update retry, task-query indexes, authorizations and the task query's EXISTS authorization check, the business calendar, the accepted upload types ({@link cn.dangjian.workflow.engine.UploadedFiles}), and {@link cn.dangjian.workflow.engine.EngineContext} for what other modules need from the engine.
 */
@ApplicationModule(allowedDependencies = {"calendar", "text", "web"})
package cn.dangjian.workflow.engine;

import org.springframework.modulith.ApplicationModule;
