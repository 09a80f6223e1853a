package vn.presswatch.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** One {@link FaultStack} per fault-test class, started before its tests and stopped after them. */
abstract class FaultStackCase {
  @TempDir static Path home;
  static FaultStack stack;

  @BeforeAll
  static void startStack() {
    stack = FaultStack.start(home);
  }

  @AfterAll
  static void stopStack() {
    if (stack != null) {
      stack.close();
      stack = null;
    }
  }
}
