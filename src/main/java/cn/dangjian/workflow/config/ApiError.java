package cn.dangjian.workflow.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.springframework.http.HttpStatus;

/**
 * The JSON body of every error of our API.
 *
 * @param field the request field at fault, when one is
 * @param message a sentence for a person, in Chinese
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(Instant timestamp, int status, String error, String field, String message, String path) {

  public static ApiError of(HttpStatus status, String message, String field, String path) {
    return new ApiError(Instant.now(), status.value(), status.getReasonPhrase(), field, message, path);
  }
}
