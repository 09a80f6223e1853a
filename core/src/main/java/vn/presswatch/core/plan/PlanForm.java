package vn.presswatch.core.plan;

import java.util.List;

/**
 * A form of coverage the plan asks for (section IV), used as a secondary label on articles: a dedicated
 * column (chuyên trang, chuyên mục), a seminar or talk show (tọa đàm), the Búa liềm vàng press award.
 *
 * @param id a short stable label, for example {@code column}
 * @param nameVi the form's Vietnamese name
 * @param phrases phrases that show an article is in or about this form
 * @param standalone true when the form is labelled on its own; otherwise only on articles credited with a theme
 *     (a "chuyên mục" of a sports page is no Party-building column)
 */
public record PlanForm(String id, String nameVi, List<String> phrases, boolean standalone) {
  public PlanForm {
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
  }
}
