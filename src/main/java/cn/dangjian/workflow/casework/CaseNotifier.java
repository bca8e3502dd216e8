package cn.dangjian.workflow.casework;

import cn.dangjian.workflow.identity.OrganisationModel;
import cn.dangjian.workflow.identity.Person;
import jakarta.annotation.PostConstruct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Outbound notices to a person of the organisation model, besides their Tasklist task: e-mail through Spring Mail
 * when {@code dangjian.notifications.mail.enabled} (off by default; the server is {@code spring.mail.*}). Called from
 * an asynchronous service task on a path of its own, so a failed send is a failed job that the engine retries and
 * finally an incident, while the case goes on.
 */
@Component("caseNotifier")
public class CaseNotifier {

  private static final Logger log = LoggerFactory.getLogger(CaseNotifier.class);

  private final OrganisationModel organisations;
  private final ObjectProvider<JavaMailSender> mail;
  private final boolean enabled;
  private final String from;

  public CaseNotifier(OrganisationModel organisations, ObjectProvider<JavaMailSender> mail,
      @Value("${dangjian.notifications.mail.enabled:false}") boolean enabled,
      @Value("${dangjian.notifications.mail.from:noreply@dangjian.local}") String from) {
    this.organisations = organisations;
    this.mail = mail;
    this.enabled = enabled;
    this.from = from;
  }

  @PostConstruct
  void requireServerWhenEnabled() {
    if (enabled && mail.getIfAvailable() == null) {
      throw new IllegalStateException("dangjian.notifications.mail.enabled=true but no mail server is configured"
          + " (set spring.mail.host)");
    }
  }

  /** Sends the notice to {@code userId}; whether it was sent (off, or the person has no address: not sent). */
  public boolean send(String userId, String subject, String text) {
    if (!enabled) {
      log.debug("mail notifications off: not sending \"{}\" to {}", subject, userId);
      return false;
    }
    Person person = organisations.person(userId).orElse(null);
    if (person == null || person.email() == null || person.email().isBlank()) {
      log.warn("no e-mail address for {}: notice \"{}\" not sent", userId, subject);
      return false;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(person.email());
    message.setSubject(subject);
    message.setText(text);
    mail.getObject().send(message);
    log.info("notice \"{}\" sent to {}", subject, userId);
    return true;
  }
}
