package vn.presswatch.elastic;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorResponse;
import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class BulkFailureTest {
  private static ElasticsearchException refused(int status, String type) {
    return new ElasticsearchException("bulk",
        ErrorResponse.of(e -> e.status(status).error(c -> c.type(type).reason("because"))));
  }

  @Test
  void noResponseAtAllIsTransient() {
    BulkFailure f = BulkFailure.of(new ConnectException("Connection refused"));
    assertThat(f.status()).isEqualTo(BulkFailure.NO_RESPONSE);
    assertThat(f.isTransient()).isTrue();
    assertThat(f.toString()).contains("no response", "Connection refused");
    assertThat(BulkFailure.of(new IOException("Connection reset by peer")).isTransient()).isTrue();
  }

  @Test
  void tooManyRequestsTimeoutsAndServerErrorsAreTransient() {
    assertThat(BulkFailure.of(refused(429, "es_rejected_execution_exception")).isTransient()).isTrue();
    assertThat(BulkFailure.isTransient(408)).isTrue();
    assertThat(BulkFailure.isTransient(500)).isTrue();
    assertThat(BulkFailure.isTransient(503)).isTrue();
  }

  @Test
  void otherClientErrorsArePermanentAndKeepElasticsearchsReason() {
    BulkFailure f = BulkFailure.of(refused(413, "content_too_long_exception"));
    assertThat(f.isTransient()).isFalse();
    assertThat(f.status()).isEqualTo(413);
    assertThat(f.reason()).isEqualTo("content_too_long_exception: because");
    assertThat(BulkFailure.isTransient(400)).isFalse();
    assertThat(BulkFailure.isTransient(401)).isFalse();
    assertThat(BulkFailure.isTransient(403)).isFalse();
    assertThat(BulkFailure.isTransient(404)).isFalse();
  }
}
