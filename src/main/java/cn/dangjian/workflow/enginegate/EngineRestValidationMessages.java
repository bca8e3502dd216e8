package cn.dangjian.workflow.enginegate;

import cn.dangjian.workflow.engine.EngineContext;
import cn.dangjian.workflow.web.ErrorMessages;
import cn.dangjian.workflow.web.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist talks to the webapp's own engine API ({@code /camunda/api/engine/*}), a JAX-RS application we
 * cannot add an exception mapper to. It reports a validation failure inside a listener as HTTP 500 with
 * "Cannot submit task form …: ENGINE-03051 There was an exception while invoking the TaskListener. Message:
 * 'org.camunda…NotValidException: 赞成票（12）不能多于应到人数（10）'", which Tasklist shows verbatim. This
 * filter turns such a response into HTTP 400 whose message is just the business sentence, as
 * {@link ValidationRestExceptionMapper} does for {@code /engine-rest}; a concurrent update that outlasted
 * {@code ConcurrentUpdateRetry} becomes HTTP 409 with a sentence asking to reload. Only state-changing requests are
 * buffered; downloads pass untouched.
 */
public class EngineRestValidationMessages extends OncePerRequestFilter {

  private static final Pattern VALIDATION = Pattern.compile(
      "(?:NotValidException|FormFieldValidatorException|ValidationException): (.+?)'?\\s*$", Pattern.DOTALL);

  private final ObjectMapper json;

  public EngineRestValidationMessages(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) && !"PUT".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    InvalidInputException.takeRaisedInRequest();
    try {
      chain.doFilter(request, buffered);
      Optional<InvalidInputException> raised = InvalidInputException.takeRaisedInRequest();
      if (buffered.getStatus() >= 400) {
        rewrite(buffered, raised);
      }
    } finally {
      buffered.copyBodyToResponse();
    }
  }

  private void rewrite(ContentCachingResponseWrapper response, Optional<InvalidInputException> raised)
      throws IOException {
    JsonNode body;
    try {
      body = json.readTree(response.getContentAsByteArray());
    } catch (IOException notJson) {
      return;
    }
    if (body == null || !body.hasNonNull("message")) {
      return;
    }
    if ("OptimisticLockingException".equals(body.path("type").asText())
        || body.path("code").asInt() == EngineContext.OPTIMISTIC_LOCKING_CODE) {
      replace(response, HttpServletResponse.SC_CONFLICT, "ConflictError", ErrorMessages.CONFLICT, null);
      return;
    }
    String message = body.get("message").asText();
    Optional<String> sentence = raised.map(InvalidInputException::getMessage).filter(message::contains)
        .or(() -> businessSentence(message));
    if (sentence.isEmpty()) {
      if (response.getStatus() >= 500) {
        Optional<EngineErrors.Outcome> mistake = EngineErrors.classify(body.path("type").asText(null), message);
        if (mistake.isPresent()) {
          replace(response, mistake.get().status(), mistake.get().status() == 404 ? "NotFound" : "InvalidRequest",
              mistake.get().message(), null);
        }
      }
      return;
    }
    Optional<InvalidInputException> named = raised.filter(e -> e.getMessage().equals(sentence.get()));
    if (named.isPresent()) {
      EngineErrorBody.write(json, response, HttpServletResponse.SC_BAD_REQUEST, EngineErrorBody.of(named.get()));
    } else {
      replace(response, HttpServletResponse.SC_BAD_REQUEST, "ValidationError", sentence.get(), null);
    }
  }

  private void replace(ContentCachingResponseWrapper response, int status, String type, String message, String field)
      throws IOException {
    EngineErrorBody.write(json, response, status, type, message, field);
  }

  /** The innermost validation message in an engine error text, if there is one. */
  static Optional<String> businessSentence(String message) {
    Matcher matcher = VALIDATION.matcher(message);
    String found = null;
    int from = 0;
    while (matcher.find(from)) {
      found = matcher.group(1);
      from = matcher.start(1);
    }
    return Optional.ofNullable(found).map(String::trim).filter(s -> !s.isEmpty());
  }
}
