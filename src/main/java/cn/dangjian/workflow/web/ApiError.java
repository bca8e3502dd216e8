package cn.dangjian.workflow.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * The JSON body of every error of our API.
 *
 * @param field the request field at fault, when one is
 * @param message a sentence for a person, in Chinese
 * @param problems every problem of a submission (field and sentence), when the request was invalid input
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(Instant timestamp, int status, String error, String field, String message, String path,
    List<InvalidInputException.Problem> problems) {

  public static ApiError of(HttpStatus status, String message, String field, String path) {
    return new ApiError(Instant.now(), status.value(), status.getReasonPhrase(), field, message, path, null);
  }

  /** HTTP 400 naming every problem of the submission. */
  public static ApiError invalid(InvalidInputException e, String path) {
    HttpStatus status = HttpStatus.BAD_REQUEST;
    return new ApiError(Instant.now(), status.value(), status.getReasonPhrase(), e.field(), e.getMessage(), path,
        e.problems());
  }
}
