package vn.presswatch.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.presswatch.core.article.Article;

/**
 * A deterministic stream of records for the articles topic, as a crawl of several outlets over some days produces
 * it: original articles spread over three outlets and about nine Vietnamese days (some near midnight, where the UTC
 * and Vietnamese days differ), later updates of some of them (other themes, sometimes another day), syndicated
 * copies at another outlet, unchanged re-crawls, and a few records that are not articles at all.
 */
final class ArticleStream {
  static final List<String> OUTLETS = List.of("nhandan", "vov", "baotintuc");
  /** 21:00 on 20 May 2019 in Vietnam; the stream stays within May, so every article keeps its monthly index. */
  static final Instant START = Instant.parse("2019-05-20T14:00:00Z");
  private static final Duration SPACING = Duration.ofMinutes(41);

  /** One record: an article, or a payload that is not one ({@code broken}). */
  record Item(Article article, String broken) {
    static Item of(Article a) {
      return new Item(a, null);
    }
  }

  private ArticleStream() {}

  /**
   * @param originals distinct original articles; updates, copies and re-crawls come on top
   * @param broken records that are not articles, spread over the stream
   */
  static List<Item> of(int originals, int broken) {
    List<Item> items = new ArrayList<>();
    Map<Integer, List<Item>> later = new TreeMap<>();
    int brokenEvery = broken == 0 ? Integer.MAX_VALUE : Math.max(1, originals / broken);
    int brokenLeft = broken;
    for (int i = 0; i < originals; i++) {
      items.addAll(later.getOrDefault(i, List.of()));
      later.remove(i);
      String outlet = OUTLETS.get(i % OUTLETS.size());
      Instant published = START.plus(SPACING.multipliedBy(i));
      Article original = SampleArticles.article(outlet, "bai-" + i, text(i), null, published);
      items.add(Item.of(original));
      if (i % 5 == 2) {
        // Re-published with another text; every other update also moves to five hours later (maybe another day).
        Instant moved = i % 10 == 2 ? published.plusSeconds(5 * 3600) : published;
        schedule(later, i + 9, Item.of(SampleArticles.article(outlet, "bai-" + i, text(i + 3), null, moved)));
      }
      if (i % 7 == 3) {
        String copier = OUTLETS.get((i + 1) % OUTLETS.size());
        schedule(later, i + 4, Item.of(SampleArticles.article(copier, "ban-sao-" + i, text(i), original.id(),
            published.plusSeconds(20 * 60))));
      }
      if (i % 11 == 0) {
        schedule(later, i + 6, Item.of(original));
      }
      if (brokenLeft > 0 && i % brokenEvery == brokenEvery / 2) {
        items.add(new Item(null, "{\"not an article\": " + i));
        brokenLeft--;
      }
    }
    later.values().forEach(items::addAll);
    return items;
  }

  private static void schedule(Map<Integer, List<Item>> later, int at, Item item) {
    later.computeIfAbsent(at, k -> new ArrayList<>()).add(item);
  }

  /** One of sixteen texts: the title and lead of one sample with the body of another, for title and body-only hits. */
  private static SampleArticles.Text text(int k) {
    List<SampleArticles.Text> all = SampleArticles.ALL;
    SampleArticles.Text head = all.get(k % all.size());
    SampleArticles.Text body = all.get((k / all.size() + k) % all.size());
    return new SampleArticles.Text(head.title(), head.lead(), body.body());
  }
}
