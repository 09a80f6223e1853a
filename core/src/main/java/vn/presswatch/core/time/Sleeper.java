package vn.presswatch.core.time;

import java.time.Duration;

/** Waits for a while. Injected wherever the pipeline waits (politeness, backoff, retries) so that tests never sleep. */
@FunctionalInterface
public interface Sleeper {
  /** Sleeps on the calling thread. */
  Sleeper SYSTEM = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
