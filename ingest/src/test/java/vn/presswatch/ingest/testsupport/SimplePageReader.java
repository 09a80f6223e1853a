package vn.presswatch.ingest.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import vn.presswatch.core.outlet.Outlet;
import vn.presswatch.ingest.PageReader;
import vn.presswatch.ingest.PageRejectedException;
import vn.presswatch.ingest.extract.ExtractedPage;
import vn.presswatch.ingest.fetch.FetchResponse;

/** A page reader for crawler tests: headline from {@code h1}, body from the paragraphs of {@code article}. */
public final class SimplePageReader implements PageReader {
  @Override
  public ExtractedPage read(FetchResponse page, Outlet outlet) throws PageRejectedException {
    Document doc = Jsoup.parse(new String(page.body(), StandardCharsets.UTF_8), page.finalUrl());
    String text = doc.select("article p").eachText().stream().collect(Collectors.joining("\n\n"));
    if (text.isBlank()) {
      throw new PageRejectedException("no-body", "no article paragraphs");
    }
    String canonical = doc.select("link[rel=canonical]").attr("abs:href");
    return new ExtractedPage(doc.select("h1").text(), "", text, "", "", List.of(), canonical, null, null, "");
  }
}
