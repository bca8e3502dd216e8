package cn.dangjian.workflow.engine;

import java.util.Set;

/**
 * Variables a start of one process may carry besides its start form's fields, because a trusted door of a module puts
 * them there (e.g. the sealed reference to a reporter's identity that supervision's intake substitutes for the
 * identity itself). The process's own start listener checks them; the form check lets only these through.
 *
 * @param processKey the process whose starts may carry them
 * @param variables their names
 */
public record StartSupplements(String processKey, Set<String> variables) {}
