package cn.dangjian.workflow.engine;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/** Idempotent GRANT authorizations for groups: adds missing permissions, never duplicates a row. */
@Component
public class AuthorizationGrants {

  private final AuthorizationService authorizations;

  public AuthorizationGrants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing
        : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    boolean changed = existing == null;
    if (changed) {
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }

  /** Removes a group's grant on one resource (a case that left the group's organisation); absent is fine. */
  public void revoke(String groupId, Resource resource, String resourceId) {
    AuthorizationManager manager = Context.getCommandContext().getAuthorizationManager();
    AuthorizationEntity authorization = manager.findAuthorizationByGroupIdAndResourceId(
        Authorization.AUTH_TYPE_GRANT, groupId, resource, resourceId);
    if (authorization != null) {
      manager.delete(authorization);
    }
  }

  /**
   * A grant that belongs to a case, made inside the engine command that starts the case. With the case's root
   * process instance recorded, Camunda gives it the case's removal time when the case ends, and history
   * cleanup deletes it with the case's history. (Written through the authorization manager because
   * {@code saveAuthorization} resets the root instance of a history grant while the case's history row is
   * not yet written.)
   */
  public void grantForCase(String groupId, Resource resource, String resourceId, String rootProcessInstanceId,
      Permission... permissions) {
    grantForCase(groupId, null, resource, resourceId, rootProcessInstanceId, permissions);
  }

  /** The same grant to one user (a member of a group that may not have it as a whole, e.g. when one member recuses). */
  public void grantForCaseToUser(String userId, Resource resource, String resourceId, String rootProcessInstanceId,
      Permission... permissions) {
    grantForCase(null, userId, resource, resourceId, rootProcessInstanceId, permissions);
  }

  private void grantForCase(String groupId, String userId, Resource resource, String resourceId,
      String rootProcessInstanceId, Permission... permissions) {
    AuthorizationManager manager = Context.getCommandContext().getAuthorizationManager();
    AuthorizationEntity authorization = groupId != null
        ? manager.findAuthorizationByGroupIdAndResourceId(Authorization.AUTH_TYPE_GRANT, groupId, resource, resourceId)
        : manager.findAuthorizationByUserIdAndResourceId(Authorization.AUTH_TYPE_GRANT, userId, resource, resourceId);
    boolean created = authorization == null;
    if (created) {
      authorization = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setUserId(userId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
      authorization.setRootProcessInstanceId(rootProcessInstanceId);
    }
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    if (created) {
      manager.insert(authorization);
    }
  }
}
