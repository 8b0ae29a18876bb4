package io.khabar.testdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real-news set: every indexed article has its annotation; dev texts load from ../shared. */
class NewsSetTest {

  @Test
  void everyIndexedArticleHasAnAnnotationNamingIt() {
    List<NewsSet.Entry> index = NewsSet.index();
    assertEquals(425, index.size());
    for (NewsSet.Entry e : index) {
      assertTrue(e.split().equals("dev") || e.split().equals("test"), e.toString());
      assertTrue(NewsSet.goldJson(e.id()).contains("\"" + e.id() + ".txt\""), e.id());
    }
  }

  @Test
  void devArticlesLoadWithTheirTexts() {
    List<NewsSet.Article> dev = NewsSet.load("dev", SharedData.root());
    Assumptions.assumeFalse(dev.isEmpty(), "needs ../shared/" + NewsSet.CORPUS);
    assertEquals(NewsSet.index().stream().filter(e -> e.split().equals("dev")).count(), dev.size());
    for (NewsSet.Article a : dev) {
      assertFalse(a.document().text().isBlank(), a.entry().id());
    }
  }
}
