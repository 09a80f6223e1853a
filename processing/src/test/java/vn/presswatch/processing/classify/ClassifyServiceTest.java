package vn.presswatch.processing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.json.Json;
import vn.presswatch.core.plan.PlanLoader;

class ClassifyServiceTest {
  private final ClassifyService service =
      new ClassifyService(PlanClassifier.of(PlanLoader.load(PlanClassifierTest.PLAN_205)));
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private ClassifyService.Counts run(String input) {
    return service.run(new BufferedReader(new StringReader(input)), new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void writesOneLineWithCreditedThemesPerArticle() throws Exception {
    run("{\"id\":\"a1\",\"title\":\"Tinh giản biên chế gắn với vị trí việc làm\",\"text\":\"\",\"outlet\":\"x\"}\n");
    JsonNode line = Json.mapper().readTree(out.toString());
    assertThat(line.get("id").asText()).isEqualTo("a1");
    assertThat(line.get("themes").get(0).get("id").asText()).isEqualTo("2.5");
    assertThat(line.get("themes").get(0).get("evidence").get(0).get("field").asText()).isEqualTo("title");
  }

  @Test
  void articleAboutNoThemeStillGetsALine() {
    run("{\"id\":\"b\",\"title\":\"Giá vàng hôm nay\",\"text\":\"Giá vàng tăng.\"}\n");
    assertThat(out.toString().strip()).isEqualTo("{\"id\":\"b\",\"themes\":[],\"forms\":[]}");
  }

  @Test
  void badLinesAreReportedAndSkippedWhileTheRestFlow() {
    ClassifyService.Counts counts = run("not json\n{\"title\":\"no id\"}\n{\"id\":\"ok\",\"title\":\"Tin\"}\n");
    assertThat(counts).isEqualTo(new ClassifyService.Counts(3, 1, 2));
    assertThat(err.toString()).contains("line 1: skipped, invalid JSON").contains("line 2: skipped, missing \"id\"");
    assertThat(out.toString()).contains("\"id\":\"ok\"");
  }
}
