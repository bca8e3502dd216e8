package cn.dangjian.workflow.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The JSON of records: the data attachment inside every record's file and a dossier export's
 * {@code manifest.json}. Dates as ISO-8601 text, map keys sorted, indented.
 */
public final class RecordJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private RecordJson() {}

  public static byte[] write(Object value) throws JsonProcessingException {
    return MAPPER.writeValueAsBytes(value);
  }

  public static JsonNode read(byte[] json) throws IOException {
    return MAPPER.readTree(json);
  }
}
