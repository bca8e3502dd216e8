package cn.dangjian.workflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity service (the same accounts as Tasklist),
 * so our own API and pages need no second user store. Roles: {@code ROLE_AUDITOR}, {@code ROLE_ADMIN};
 * every group also becomes an authority {@code GROUP_<id>}.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identity;

  public CamundaIdentityAuthenticationProvider(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String user = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (user == null || user.isBlank() || credentials == null
        || !identity.checkPassword(user, credentials.toString())) {
      throw new BadCredentialsException("用户名或密码错误");
    }
    List<GrantedAuthority> authorities = new ArrayList<>();
    authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
    for (String group : groupsOf(user)) {
      authorities.add(new SimpleGrantedAuthority("GROUP_" + group));
      if (IdentityGroups.AUDITORS.equals(group)) {
        authorities.add(new SimpleGrantedAuthority("ROLE_AUDITOR"));
      }
      if (IdentityGroups.ADMINISTRATORS.equals(group)) {
        authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
      }
    }
    return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
  }

  public List<String> groupsOf(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId()).toList();
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
