package cn.dangjian.workflow.enginegate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class EngineVariablePayloadsTest {

  private final EngineVariablePayloads filter = new EngineVariablePayloads(new ObjectMapper());
  private final AtomicReference<byte[]> passedOn = new AtomicReference<>();

  @Test
  void aWellFormedSubmissionIsPassedOnWithItsBodyIntact() throws Exception {
    String body = "{\"variables\":{\"talkDate\":{\"value\":\"2025-03-10\",\"type\":\"String\"},\"voteFor\":{\"value\":5}}}";
    MockHttpServletResponse response = send("application/json", body.getBytes(StandardCharsets.UTF_8));
    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(new String(passedOn.get(), StandardCharsets.UTF_8)).isEqualTo(body);
  }

  @Test
  void queryCriteriaUnderAVariableNameArePassedOn() throws Exception {
    String query = "{\"processVariables\":[{\"name\":\"applicantName\",\"operator\":\"eq\",\"value\":\"王\"}],"
        + "\"taskVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    assertThat(send("application/json", query.getBytes(StandardCharsets.UTF_8)).getStatus()).isEqualTo(200);
  }

  @Test
  void malformedVariablesAreRefusedNamingTheVariable() throws Exception {
    assertRefused("{\"variables\":{\"x\":{\"value\":\"rO0AB\",\"type\":\"Object\"}}}", 400, "x");
    assertRefused("{\"variables\":{\"voteFor\":{\"value\":99999999999,\"type\":\"Integer\"}}}", 400, "voteFor");
    assertRefused("{\"variables\":{\"talkDate\":{\"value\":{\"a\":1}}}}", 400, "talkDate");
    assertRefused("{\"variables\":{\"talkDate\":\"2025-01-01\"}}", 400, "talkDate");
    assertRefused("{\"variables\":{\"a\\u0000b\":{\"value\":1}}}", 400, "a?b");
    assertRefused("{\"variables\":{\"x\":{\"value\":1}", 400, null);
  }

  @Test
  void bodiesOverTheLimitAre413() throws Exception {
    byte[] huge = ("{\"variables\":{\"x\":{\"value\":\"" + "a".repeat(EngineVariablePayloads.MAX_JSON_BYTES) + "\"}}}")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(send("application/json", huge).getStatus()).isEqualTo(413);
    MockHttpServletResponse response =
        send("multipart/form-data; boundary=b", new byte[EngineVariablePayloads.MAX_UPLOAD_BYTES + 1]);
    assertThat(response.getStatus()).isEqualTo(413);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("10 MB");
  }

  @Test
  void uploadsMustBeAcceptedTypesWhoseContentMatches() throws Exception {
    assertThat(upload("application/pdf", "%PDF-1.7 evidence").getStatus()).isEqualTo(200);
    assertThat(upload("image/png", "\u0089PNG....").getStatus()).isEqualTo(200);
    MockHttpServletResponse exe = upload("application/x-msdownload", "MZ\u0090\u0000");
    assertThat(exe.getStatus()).isEqualTo(415);
    assertThat(exe.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"data\"").contains("不被接受");
    assertThat(upload("image/png", "%PDF-1.7 pretending").getStatus()).isEqualTo(415);
    assertThat(upload("text/plain", "notes").getStatus()).isEqualTo(415);
  }

  private MockHttpServletResponse upload(String type, String content) throws Exception {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--b\r\nContent-Disposition: form-data; name=\"data\"; filename=\"evidence\"\r\nContent-Type: " + type
        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    body.write(content.getBytes(StandardCharsets.ISO_8859_1));
    body.write("\r\n--b--\r\n".getBytes(StandardCharsets.ISO_8859_1));
    return send("multipart/form-data; boundary=b", body.toByteArray());
  }

  private void assertRefused(String body, int status, String field) throws Exception {
    MockHttpServletResponse response = send("application/json", body.getBytes(StandardCharsets.UTF_8));
    assertThat(response.getStatus()).as(body).isEqualTo(status);
    String json = response.getContentAsString(StandardCharsets.UTF_8);
    if (field != null) {
      assertThat(json).as(body).contains("\"field\":\"" + field + "\"");
    }
    assertThat(passedOn.get()).as("not passed on: " + body).isNull();
  }

  private MockHttpServletResponse send(String contentType, byte[] body) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request(contentType, body), response, (req, res) -> passedOn.set(req.getInputStream().readAllBytes()));
    return response;
  }

  private static MockHttpServletRequest request(String contentType, byte[] body) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/1/submit-form");
    request.setContentType(contentType);
    request.setContent(body);
    return request;
  }
}
