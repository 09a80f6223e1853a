package vn.presswatch.core.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A communication plan whose press coverage is monitored, for example Kế hoạch 205-KH/BTCTW (2019). Load one
 * with {@link PlanLoader}; the YAML schema is documented in {@code docs/classification.md}.
 *
 * @param id the plan's number, for example {@code 205-KH/BTCTW}
 * @param title the plan's title in Vietnamese
 * @param issuer the issuing body, for example Ban Tổ chức Trung ương
 * @param issued the date the plan was issued
 * @param validFrom first day of the period the plan covers
 * @param validTo last day of the period the plan covers
 * @param themes the contents to monitor, in plan order
 * @param forms the forms of coverage the plan asks for, used as secondary labels
 * @param negatives phrases that veto false hits for every theme where they overlap ("ban tổ chức cuộc thi")
 * @param titleVetoes phrases that, in an article's title, show the whole article is about something else
 *     (other countries' parties): such an article is credited with no theme
 * @param scoring weights and default threshold, every field defaulted (see {@link Scoring#DEFAULTS})
 */
public record Plan(
    String id,
    String title,
    String issuer,
    LocalDate issued,
    LocalDate validFrom,
    LocalDate validTo,
    List<Theme> themes,
    List<PlanForm> forms,
    List<String> negatives,
    List<String> titleVetoes,
    Scoring scoring) {
  public Plan {
    themes = themes == null ? List.of() : List.copyOf(themes);
    forms = forms == null ? List.of() : List.copyOf(forms);
    negatives = negatives == null ? List.of() : List.copyOf(negatives);
    titleVetoes = titleVetoes == null ? List.of() : List.copyOf(titleVetoes);
    scoring = scoring == null ? Scoring.DEFAULTS : scoring.withDefaults();
  }

  /** The theme with this id, if the plan has one. */
  public Optional<Theme> theme(String themeId) {
    return themes.stream().filter(t -> t.id().equals(themeId)).findFirst();
  }

  /** The threshold that applies to {@code theme}: its own, else the plan's default. */
  public double thresholdOf(Theme theme) {
    return theme.threshold() != null ? theme.threshold() : scoring.threshold();
  }
}
