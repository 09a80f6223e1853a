package vn.presswatch.dashboards.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words in one language, read from {@code report/labels_<lang>.properties} (UTF-8). Vietnamese
 * ({@code vi}) is the default; English ({@code en}) is the other choice.
 */
public final class ReportLabels {
  private final ResourceBundle bundle;
  private final Locale locale;

  private ReportLabels(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /** The labels for {@code language} ({@code vi} or {@code en}). */
  public static ReportLabels of(String language) {
    if (!language.equals("vi") && !language.equals("en")) {
      throw new IllegalArgumentException("report language must be vi or en, not " + language);
    }
    Locale locale = Locale.forLanguageTag(language);
    ResourceBundle bundle = ResourceBundle.getBundle("report.labels", locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new ReportLabels(bundle, locale);
  }

  /** The label {@code key}, with {@code args} filled into its {0}, {1}… placeholders. */
  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** The language tag, for the HTML {@code lang} attribute. */
  public String language() {
    return locale.getLanguage();
  }
}
