package vn.presswatch.core.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** Whether a theme is one of the plan's focal contents or one of its regular, long-term contents. */
public enum ThemeKind {
  /** "Nội dung tuyên truyền trọng tâm": the plan's focal contents (section III.1). */
  FOCAL,
  /** "Nội dung tuyên truyền thường xuyên, cơ bản, lâu dài": regular contents (section III.2). */
  REGULAR;

  /** Reads {@code focal}/{@code regular} in any case, as written in plan YAML. */
  @JsonCreator
  public static ThemeKind of(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("kind must be 'focal' or 'regular', not '" + value + "'");
    }
  }
}
