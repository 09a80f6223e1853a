package vn.presswatch.cli;

import java.time.Instant;
import java.util.List;
import vn.presswatch.core.article.Article;
import vn.presswatch.core.article.ArticleIds;

/** Real-looking Vietnamese articles for the pipeline's integration tests, and the factory that builds them. */
final class SampleArticles {
  private SampleArticles() {}

  /** The words of an article, without where and when it appeared. */
  record Text(String title, String lead, String body) {}

  /** On the defence of the Party's ideological foundation: theme 1.1, with title hits. */
  static final Text IDEOLOGY = new Text(
      "Kiên quyết bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
      "Thực hiện Nghị quyết số 35-NQ/TW của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng.",
      "Các cấp ủy đảng đã quán triệt Nghị quyết 35-NQ/TW, chủ động đấu tranh phản bác các quan điểm sai trái, "
          + "thù địch, những luận điệu xuyên tạc chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh trên không gian mạng. "
          + "Lực lượng bảo vệ nền tảng tư tưởng của Đảng được kiện toàn ở các cấp.");
  /** Fuel prices: no theme of the plan. */
  static final Text FUEL = new Text("Giá xăng giảm nhẹ từ chiều nay",
      "Liên Bộ Công Thương - Tài chính điều chỉnh giá bán lẻ xăng dầu.",
      "Giá xăng E5 RON92 giảm 300 đồng mỗi lít, giá dầu diesel giữ nguyên. Các cửa hàng xăng dầu đang áp dụng "
          + "giá mới từ 15 giờ.");
  /** Studying and following Ho Chi Minh's example: theme 1.3. */
  static final Text ETHICS = new Text("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
      "Tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị gắn với Nghị quyết Trung ương 4 khóa XII.",
      "Các chi bộ đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh vào sinh hoạt định kỳ; "
          + "cán bộ, đảng viên thực hiện Quy định 08-QĐi/TW về trách nhiệm nêu gương.");
  /** Streamlining the civil service: theme 2.5. */
  static final Text STAFF_CUTS = new Text("Tinh giản biên chế gắn với cơ cấu lại đội ngũ cán bộ, công chức, viên chức",
      "Thực hiện Nghị quyết số 39-NQ/TW của Bộ Chính trị về tinh giản biên chế.",
      "Các bộ, ngành và địa phương đã tinh giản biên chế theo Nghị quyết 39-NQ/TW, cơ cấu lại đội ngũ cán bộ, "
          + "công chức, viên chức, bảo đảm tỷ lệ tinh giản tối thiểu 10% so với năm 2015.");

  static final List<Text> ALL = List.of(IDEOLOGY, FUEL, ETHICS, STAFF_CUTS);

  /**
   * An article as the crawler publishes it, fetched when it was published.
   *
   * @param duplicateOf id of the article it copies (a syndicated copy), or null
   */
  static Article article(String outlet, String slug, Text text, String duplicateOf, Instant publishedAt) {
    String url = "https://" + outlet + ".vn/" + slug + ".html";
    return new Article(Article.SCHEMA_VERSION, ArticleIds.forUrl(url), outlet, url, url, text.title(), text.lead(),
        text.body(), null, null, List.of(), "vi", publishedAt, null, publishedAt, null, duplicateOf, null);
  }
}
