package vn.presswatch.dashboards.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.presswatch.core.plan.Plan;
import vn.presswatch.core.time.Period;

/**
 * Produces a coverage report for a plan and a period in the requested formats: queries once, renders each
 * format from the same {@link ReportData}, and writes nothing when the period has no data.
 */
public final class ReportGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(ReportGenerator.class);

  /**
   * What a run produced.
   *
   * @param data the queried data (empty when the period has no article on the plan)
   * @param files the files written, none when {@code data} is empty
   */
  public record Result(ReportData data, List<Path> files) {}

  private final ReportQueries queries;

  public ReportGenerator(ReportQueries queries) {
    this.queries = queries;
  }

  /** Writes the report files into {@code out} (created if needed), reporting progress to {@code progress}. */
  public Result generate(Plan plan, Period period, Set<ReportFormat> formats, ReportLabels labels, Path out,
      Consumer<String> progress) throws IOException {
    ReportData data = queries.load(plan, period, progress);
    if (data.isEmpty()) {
      return new Result(data, List.of());
    }
    Files.createDirectories(out);
    String prefix = "report-" + plan.id().replaceAll("[^A-Za-z0-9]+", "-") + "-" + period.label()
        .replaceAll("[^A-Za-z0-9-]+", "_") + "-" + labels.language();
    List<ReportTables.Table> tables = ReportTables.of(data, labels);
    List<Path> files = new ArrayList<>();
    String xhtml = HtmlReport.render(data, labels);
    if (formats.contains(ReportFormat.HTML)) {
      progress.accept("rendering html…");
      Path html = out.resolve(prefix + ".html");
      Files.writeString(html, xhtml, StandardCharsets.UTF_8);
      files.add(html);
    }
    if (formats.contains(ReportFormat.PDF)) {
      progress.accept("rendering pdf…");
      Path pdf = out.resolve(prefix + ".pdf");
      PdfReport.write(xhtml, pdf);
      files.add(pdf);
    }
    if (formats.contains(ReportFormat.XLSX)) {
      progress.accept("rendering xlsx…");
      Path xlsx = out.resolve(prefix + ".xlsx");
      XlsxReport.write(tables, xlsx);
      files.add(xlsx);
    }
    if (formats.contains(ReportFormat.CSV)) {
      progress.accept("rendering csv…");
      files.addAll(CsvReport.write(tables, out, prefix));
    }
    LOG.info("Report {} {} written: {} files in {}", plan.id(), period.label(), files.size(), out);
    return new Result(data, files);
  }
}
