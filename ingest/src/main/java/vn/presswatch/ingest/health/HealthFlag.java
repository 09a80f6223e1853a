package vn.presswatch.ingest.health;

/** What an operator should know about a source at a glance. */
public enum HealthFlag {
  /** Fetched recently and producing items. */
  OK,
  /** Never fetched yet. */
  NEW,
  /** Failing {@code crawl.failing-after} times or more in a row. */
  FAILING,
  /** Fetched fine but no new item for {@code crawl.silent-after}. */
  SILENT,
  /** Disabled in outlets.yaml. */
  DISABLED
}
