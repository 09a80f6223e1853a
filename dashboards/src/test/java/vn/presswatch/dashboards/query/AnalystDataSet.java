package vn.presswatch.dashboards.query;

import static vn.presswatch.dashboards.TestDocuments.article;
import static vn.presswatch.dashboards.TestDocuments.coverage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.util.List;
import java.util.Map;
import vn.presswatch.elastic.IndexNames;

/**
 * The known data set the analyst queries and the analyst guide are checked against. Coverage of plan 205: Nhân Dân 5 + 3
 * articles on 1.1 in 2019-H1 (2 + 1 in titles) and 2 on 2.5 in April 2019; Tuổi Trẻ 4 on 1.1 on 30 June 2019 and
 * 100 on 1 July; VOV 1 on 2.5 in 2018; Thanh Niên 50 on 1.1, but for another plan. Articles: a1 (Nhân Dân, 2019)
 * cites 35-NQ/TW in its text and has "Đảng Cộng sản" in its title; a2 (Tuổi Trẻ, 2019) cites it only as classifier
 * evidence; a3 (VOV, 2018) mentions "Đảng Cộng sản" in its text only; a4 (Thanh Niên, 2019) has the words "đang",
 * "công" and "sản", which fold like "Đảng Cộng sản", but not together.
 */
final class AnalystDataSet {
  static final String PLAN = "205-KH/BTCTW";

  private AnalystDataSet() {}

  /** Indexes the data set and refreshes, so that it is searchable on return. */
  static void index(ElasticsearchClient client, IndexNames names) throws Exception {
    coverage(client, names, PLAN, "nhandan", "Nhân Dân", "1.1", "focal", "2019-01-15", 5, 2);
    coverage(client, names, PLAN, "nhandan", "Nhân Dân", "1.1", "focal", "2019-03-10", 3, 1);
    coverage(client, names, PLAN, "nhandan", "Nhân Dân", "2.5", "regular", "2019-04-01", 2, 0);
    coverage(client, names, PLAN, "tuoitre", "Tuổi Trẻ", "1.1", "focal", "2019-06-30", 4, 0);
    coverage(client, names, PLAN, "tuoitre", "Tuổi Trẻ", "1.1", "focal", "2019-07-01", 100, 0);
    coverage(client, names, PLAN, "vov", "VOV", "2.5", "regular", "2018-05-01", 1, 0);
    coverage(client, names, "OTHER", "thanhnien", "Thanh Niên", "1.1", "focal", "2019-02-01", 50, 0);
    article(client, names, "a1", "2019-02-03", Map.of("outlet", "nhandan", "url", "https://nhandan.vn/a1",
        "title", "Đảng Cộng sản Việt Nam lãnh đạo công tác tư tưởng",
        "text", "Thực hiện Nghị quyết 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng."));
    article(client, names, "a2", "2019-05-20", Map.of("outlet", "tuoitre", "url", "https://tuoitre.vn/a2",
        "title", "Phản bác các quan điểm sai trái", "text", "Nghị quyết số 35 của Bộ Chính trị.",
        "themes", List.of(Map.of("plan", PLAN, "id", "1.1", "evidence",
            List.of(Map.of("phrase", "35-NQ/TW", "field", "text", "count", 1))))));
    article(client, names, "a3", "2018-11-11", Map.of("outlet", "vov", "url", "https://vov.vn/a3",
        "title", "Kỷ niệm ngày thành lập", "text", "Đảng Cộng sản Việt Nam ra đời năm 1930."));
    article(client, names, "a4", "2019-08-01", Map.of("outlet", "thanhnien", "url", "https://thanhnien.vn/a4",
        "title", "Công ty đang mở rộng sản xuất", "text", "Doanh nghiệp đang tuyển thêm công nhân cho dây chuyền sản "
            + "xuất mới."));
    client.indices().refresh(r -> r.index(names.prefix() + "-*"));
  }
}
