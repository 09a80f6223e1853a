package vn.presswatch.cli.reprocess;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import vn.presswatch.core.time.Period;
import vn.presswatch.elastic.IndexNames;

/**
 * The Elasticsearch side of a reprocess or a rebuild. Every document the bounded job writes carries the run's start
 * ({@code updated_at} on coverage rows, {@code indexed_at} on articles), so once it has finished, a coverage row of the
 * reprocessed plans and days without that stamp is one the new run no longer produces (for example a theme the old
 * keyword list credited and the new one does not): it is deleted. A rebuilt live job writes every row it produces
 * again, so once it has caught up, a row written before it started is stale in the same way. The embedded node has
 * neither delete-by-query nor scripts, so deletion is search and bulk delete, which works on every cluster.
 */
public final class CoverageRewrite {
  private static final int PAGE = 1000;

  private final ElasticsearchClient client;
  private final IndexNames names;

  public CoverageRewrite(ElasticsearchClient client, IndexNames names) {
    this.client = client;
    this.names = names;
  }

  /** Coverage rows of {@code plans} on the days of {@code period} that the run started at {@code startedAt} wrote. */
  long rewritten(List<String> plans, Period period, Instant startedAt) {
    refresh();
    return count(names.coverage(), Query.of(q -> q.bool(b -> b.filter(coverageOf(plans, period))
        .filter(stamped("updated_at", startedAt)))));
  }

  /** Articles of the days of {@code period} that the run started at {@code startedAt} wrote. */
  long articles(Period period, Instant startedAt) {
    refresh();
    return count(names.articles(), Query.of(q -> q.bool(b -> b.filter(days(period))
        .filter(stamped("indexed_at", startedAt)))));
  }

  /**
   * Deletes the coverage rows of {@code plans} on the days of {@code period} that the run did not write.
   *
   * @return how many were deleted
   */
  long removeNotRewritten(List<String> plans, Period period, Instant startedAt) {
    return remove(Query.of(q -> q.bool(b -> b.filter(coverageOf(plans, period))
        .mustNot(stamped("updated_at", startedAt)))));
  }

  /**
   * Deletes every coverage row last written before {@code startedAt}: after a rebuild has caught up, the rows the
   * current plans no longer produce.
   *
   * @return how many were deleted
   */
  public long removeWrittenBefore(Instant startedAt) {
    return remove(Query.of(q -> q.range(r -> r.date(d -> d.field("updated_at").lt(startedAt.toString())))));
  }

  private long remove(Query stale) {
    long removed = 0;
    try {
      // Deleted rows leave the result after a refresh, so each page is the next one.
      while (true) {
        refresh();
        SearchResponse<Void> page = client.search(s -> s.index(names.coverage()).query(stale).size(PAGE)
            .source(src -> src.fetch(false)), Void.class);
        List<Hit<Void>> hits = page.hits().hits();
        if (hits.isEmpty()) {
          return removed;
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        hits.forEach(h -> bulk.operations(o -> o.delete(d -> d.index(h.index()).id(h.id()))));
        BulkResponse response = client.bulk(bulk.build());
        if (response.errors()) {
          throw new IllegalStateException("cannot delete stale coverage rows: " + response.items().stream()
              .filter(i -> i.error() != null).findFirst().map(i -> i.error().reason()).orElse("?"));
        }
        removed += hits.size();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach Elasticsearch to delete stale coverage rows", e);
    }
  }

  private static Query coverageOf(List<String> plans, Period period) {
    return Query.of(q -> q.bool(b -> b
        .filter(f -> f.terms(t -> t.field("plan").terms(v -> v.value(plans.stream().map(FieldValue::of).toList()))))
        .filter(days(period))));
  }

  private static Query days(Period period) {
    return Query.of(q -> q.range(r -> r.date(d -> d.field("day").gte(period.first().toString())
        .lte(period.last().toString()))));
  }

  private static Query stamped(String field, Instant startedAt) {
    return Query.of(q -> q.term(t -> t.field(field).value(startedAt.toString())));
  }

  private long count(String index, Query query) {
    try {
      return client.count(c -> c.index(index).query(query)).count();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot count in " + index, e);
    }
  }

  private void refresh() {
    try {
      client.indices().refresh(r -> r.index(names.coverage(), names.articles()).ignoreUnavailable(true));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot refresh " + names.coverage(), e);
    }
  }
}
