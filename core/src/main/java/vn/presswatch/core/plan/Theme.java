package vn.presswatch.core.plan;

import java.util.List;

/**
 * One content of a plan that articles are credited with covering, for example 1.1 "Tăng cường bảo vệ nền tảng
 * tư tưởng của Đảng".
 *
 * @param id the plan's own numbering, for example {@code 1.1}
 * @param kind focal or regular content
 * @param nameVi the theme's Vietnamese name as written in the plan
 * @param nameEn a short English gloss
 * @param subPoints the points of the attached outline (đề cương) under this theme
 * @param signals phrases and documents that identify the theme in an article
 * @param threshold the score an article must reach to be credited; null in YAML means the plan's default
 */
public record Theme(
    String id,
    ThemeKind kind,
    String nameVi,
    String nameEn,
    List<String> subPoints,
    Signals signals,
    Double threshold) {
  public Theme {
    subPoints = subPoints == null ? List.of() : List.copyOf(subPoints);
    signals = signals == null ? new Signals(null, null, null, null, null) : signals;
  }
}
