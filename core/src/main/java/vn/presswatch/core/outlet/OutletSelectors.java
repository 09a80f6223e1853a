package vn.presswatch.core.outlet;

/**
 * Optional CSS selectors for one outlet's article pages. Each is tried before the generic extractor; a null or blank
 * selector means "use the generic extractor for this field".
 *
 * @param title headline element
 * @param lead lead paragraph (sapo)
 * @param body article body container
 * @param date element holding the publication date
 * @param author byline element
 */
public record OutletSelectors(String title, String lead, String body, String date, String author) {
  /** No selectors at all: everything comes from the generic extractor. */
  public static final OutletSelectors NONE = new OutletSelectors(null, null, null, null, null);
}
