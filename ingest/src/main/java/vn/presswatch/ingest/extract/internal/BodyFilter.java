package vn.presswatch.ingest.extract.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.presswatch.ingest.extract.PublishedDates;

/**
 * Turns the rendered paragraphs of the main content into the article body: drops link lists, "Xem thêm" and other
 * furniture lines, "By ..." lines, date lines, repeats of the title, lead or author, duplicates, short fragments
 * left at the end (box headings), and a byline closing the article (which it hands back as a fallback author). An
 * opening paragraph of which the lead is a cut-off copy is handed back as the full lead.
 */
public final class BodyFilter {
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double SAME_TEXT_RATIO = 0.9;
  private static final int MAX_FURNITURE_CHARS = 200;
  private static final int MAX_DATE_LINE_CHARS = 60;
  private static final int MAX_BYLINE_CHARS = 50;
  private static final int MAX_BYLINE_WORDS = 7;
  private static final Pattern FURNITURE_START =
      Pattern.compile(
          "^[^\\p{L}\\p{N}]*(xem thêm|đọc thêm|tin liên quan|bài liên quan|xem tiếp"
              + "|mời (quý )?(độc giả|bạn đọc)|theo dõi .*(google|zalo|facebook|fanpage|kênh)|read more|related( articles| stories| news)?:|also read|see also|advertisement"
              + "|quảng cáo|chia sẻ|share this|tags?:|từ kh(óa|oá):|chủ đề:|bình luận|sign up|subscribe"
              + "|click here|loading)",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_FRAGMENT_CHARS = 30;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"”)»]$");
  private static final Pattern FULL_STOP = Pattern.compile("[.!?…][\"”»)]?$");
  private static final int MIN_SENTENCE_WORDS = 4;
  private static final Pattern LEADING_BYLINE =
      Pattern.compile("^(?i:by|bởi|tác giả:?)\\s+\\p{Lu}", Pattern.UNICODE_CASE);
  private static final Pattern TRAILING_REMARK = Pattern.compile("\\s*\\([^)]*\\)$");
  private static final Pattern SOURCE_LINE =
      Pattern.compile("^(theo|nguồn|source|according to)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> BYLINE_CONNECTORS = Set.of("và", "-", "–", "&", "and", ",", "/");

  private BodyFilter() {}

  /**
   * The article body, the closing byline and the full lead, if any.
   *
   * @param paragraphs body paragraphs, in order
   * @param byline the short "Name Surname" line that closed the article, or ""
   * @param fullLead the opening paragraph of which the given lead was a cut-off copy (meta descriptions are often
   *     truncated), or ""
   */
  public record Body(List<String> paragraphs, String byline, String fullLead) {}

  /** Filters {@code paragraphs}; {@code title}, {@code lead} and {@code author} may be "". */
  public static Body filter(List<Paragraph> paragraphs, String title, String lead, String author) {
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String leadKey = CleanText.key(lead);
    List<String> repeats = List.of(CleanText.key(title), leadKey, CleanText.key(author));
    String fullLead = "";
    String byline = "";
    for (Paragraph paragraph : paragraphs) {
      String text = paragraph.text();
      if (isFurniture(text) || isDateLine(text)) {
        continue;
      }
      if (paragraph.linkDensity() > MAX_LINK_DENSITY) {
        // A byline is often a link to the author's page: remember it in case it closes the article.
        byline = looksLikeByline(text) ? bylineName(text) : byline;
        continue;
      }
      String key = CleanText.key(text);
      if (kept.isEmpty() && fullLead.isEmpty() && isCutOffCopy(leadKey, key)) {
        fullLead = text;
        continue;
      }
      if (repeats.stream().noneMatch(r -> CleanText.nearlySameKeys(key, r, SAME_TEXT_RATIO)) && seen.add(key)) {
        kept.add(text);
        byline = "";
      }
    }
    // The tail of a body collects leftovers: a byline, and short headings of boxes ("More on this story").
    while (!kept.isEmpty()) {
      String last = kept.get(kept.size() - 1);
      if (byline.isEmpty() && looksLikeByline(last)) {
        byline = bylineName(last);
      } else if (!isTrailingFragment(last)) {
        break;
      }
      kept.remove(kept.size() - 1);
    }
    return new Body(List.copyOf(kept), byline, fullLead);
  }

  /** True if the lead is the start of the paragraph, cut off after at least half of it. */
  private static boolean isCutOffCopy(String leadKey, String paragraphKey) {
    return !leadKey.isEmpty()
        && leadKey.length() < paragraphKey.length()
        && leadKey.length() * 2 >= paragraphKey.length()
        && paragraphKey.startsWith(leadKey);
  }

  private static boolean isFurniture(String text) {
    return text.length() <= MAX_FURNITURE_CHARS && FURNITURE_START.matcher(text).find()
        || text.length() <= MAX_BYLINE_CHARS && LEADING_BYLINE.matcher(text).find();
  }

  /** A short closing text that is not a sentence: a box heading or label left behind. */
  private static boolean isTrailingFragment(String text) {
    return text.length() < MAX_FRAGMENT_CHARS
        && !SENTENCE_END.matcher(text).find()
        && !SOURCE_LINE.matcher(text).find();
  }

  /**
   * A short line that is a date ("Thứ tư, 22/10/2025, 19:25 (GMT+7)", "Cập nhật lúc 08:47 07/03/2026"), not a short
   * sentence mentioning one ("Nghị định có hiệu lực từ ngày 1/3/2026."): the date parser finds a date anywhere.
   */
  private static boolean isDateLine(String text) {
    return text.length() <= MAX_DATE_LINE_CHARS && !isSentence(text) && PublishedDates.parse(text).isPresent();
  }

  /** Ends with a full stop, "!", "?" or "…" (maybe inside a quote) and has a few words of letters. */
  private static boolean isSentence(String text) {
    if (!FULL_STOP.matcher(text).find()) {
      return false;
    }
    long words =
        Arrays.stream(text.split("\\s+"))
            .filter(w -> w.codePoints().anyMatch(Character::isLetter) && w.codePoints().noneMatch(Character::isDigit))
            .count();
    return words >= MIN_SENTENCE_WORDS;
  }

  /** The byline without a closing remark in brackets: "Thu Hà (tổng hợp)" → "Thu Hà". */
  static String bylineName(String text) {
    return TRAILING_REMARK.matcher(text).replaceFirst("");
  }

  /**
   * A few capitalised words without closing punctuation: "Lê Phương", "Thu Hà - Minh Anh", "Thu Hà (tổng hợp)". A
   * source line ("Theo Reuters") is not a byline: it stays in the body.
   */
  static boolean looksLikeByline(String text) {
    String name = bylineName(text);
    if (name.isEmpty()
        || name.length() > MAX_BYLINE_CHARS
        || name.matches(".*[.!?:;…\"”]$")
        || SOURCE_LINE.matcher(name).find()) {
      return false;
    }
    String[] words = name.split(" ");
    if (words.length > MAX_BYLINE_WORDS) {
      return false;
    }
    int names = 0;
    for (String word : words) {
      if (BYLINE_CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
      names++;
    }
    return names > 0;
  }
}
