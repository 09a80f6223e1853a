package vn.presswatch.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Collects a response body into memory and cancels the download as soon as it grows past a cap. */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
  /** The body was larger than the cap. */
  static final class TooLargeException extends IOException {
    TooLargeException(String message) {
      super(message);
    }
  }

  private final long cap;
  private final long declaredLength;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private Flow.Subscription subscription;

  CappedBodySubscriber(long cap, long declaredLength) {
    this.cap = cap;
    this.declaredLength = declaredLength;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (declaredLength > cap) {
      s.cancel();
      result.completeExceptionally(new TooLargeException("Content-Length " + declaredLength + " exceeds " + cap));
      return;
    }
    s.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer b : items) {
      if (out.size() + (long) b.remaining() > cap) {
        subscription.cancel();
        result.completeExceptionally(new TooLargeException("body exceeds " + cap + " bytes"));
        return;
      }
      byte[] chunk = new byte[b.remaining()];
      b.get(chunk);
      out.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(out.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }
}
