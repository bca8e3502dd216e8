package cn.dangjian.workflow.engine;

/**
 * A process instance ended — completed, withdrawn through an end event, or deleted — published inside the
 * transaction that ended it ({@link ProcessEnds}), so what a module keeps for running instances ends with them.
 */
public record ProcessInstanceEnded(String processInstanceId, String processDefinitionKey) {}
