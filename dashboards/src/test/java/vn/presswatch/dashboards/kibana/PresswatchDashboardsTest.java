package vn.presswatch.dashboards.kibana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.presswatch.core.plan.PlanLoader;

class PresswatchDashboardsTest {
  @Test
  void theCommittedSavedObjectsAreWhatTheGeneratorMakesFromThePlans() throws IOException {
    String generated = PresswatchDashboards.ndjson(
        List.of(PlanLoader.load(Path.of("../config/plans/205-KH-BTCTW-2019.yaml"))));
    assertThat(Files.readString(Path.of("kibana/saved-objects.ndjson")))
        .as("dashboards/kibana/saved-objects.ndjson is stale: run `./monitor dashboards generate` and commit it")
        .isEqualTo(generated);
  }

  @Test
  void aSecondPlanGetsItsOwnLabelsAndDrillDowns() {
    String other = """
        id: 12-KH/TU
        title: Kế hoạch thử
        issuer: Tỉnh ủy
        issued: 2020-01-02
        valid_from: 2020-01-02
        valid_to: 2020-12-31
        themes:
          - id: "1.1"
            kind: regular
            name_vi: Chuyển đổi số
            name_en: Digital transformation
            sub_points: [Chính quyền số]
            signals:
              key_phrases: [chuyển đổi số]
        """;
    String ndjson = PresswatchDashboards.ndjson(List.of(PlanLoader.parse(other)));
    assertThat(ndjson).contains("\"id\":\"pw-theme-12-kh-tu-1-1\"").contains("12-KH/TU:1.1")
        .contains("1.1 Chuyển đổi số").contains("Chính quyền số");
  }

  @Test
  void noPlanIsRefused() {
    assertThatThrownBy(() -> PresswatchDashboards.ndjson(List.of())).hasMessageContaining("at least one plan");
  }
}
