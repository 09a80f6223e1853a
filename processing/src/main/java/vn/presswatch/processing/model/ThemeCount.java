package vn.presswatch.processing.model;

/** Mutable counts for one theme in one outlet-day, kept in Flink state. A POJO: public fields, no-arg constructor. */
public class ThemeCount {
  public int articles;
  public int titleHits;
  public int bodyOnlyHits;
  public int syndicated;

  public ThemeCount() {}

  /** Adds ({@code sign = 1}) or removes ({@code sign = -1}) one article. */
  public void apply(int sign, boolean titleHit, boolean isSyndicated) {
    articles += sign;
    if (titleHit) {
      titleHits += sign;
    } else {
      bodyOnlyHits += sign;
    }
    if (isSyndicated) {
      syndicated += sign;
    }
  }
}
