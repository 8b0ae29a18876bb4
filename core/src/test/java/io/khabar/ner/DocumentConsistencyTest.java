package io.khabar.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

  private static String[] t(String s) {
    return s.split(" ");
  }

  @Test
  void aNameFoundOnceIsTaggedWhereItRepeatsUntagged() {
    List<String[]> doc = List.of(
        t("وقالت الوزيرة فايزة أبوالنجا إن المشروع سيكتمل"),
        t("وأضافت أبوالنجا أن التمويل متوفر"),
        t("واجتمعت فايزة أبوالنجا مع السفير"));
    List<List<NameSpan>> found = List.of(
        List.of(new NameSpan(2, 4, "PERS", 0.9)), List.of(), List.of());
    List<List<NameSpan>> out = DocumentConsistency.apply(doc, found);
    assertEquals(List.of(new NameSpan(2, 4, "PERS", 0.9)), out.get(0));
    assertEquals(1, out.get(1).size());
    assertEquals("PERS", out.get(1).get(0).type());
    assertEquals(1, out.get(1).get(0).start()); // وأبوالنجا via the family name, clitic included
    assertEquals(List.of(new NameSpan(1, 3, "PERS", 0.9)), out.get(2));
  }

  @Test
  void aRepetitionIsAsCertainAsTheSurestTaggingOfItsName() {
    List<String[]> doc = List.of(
        t("وقال مصدر روسي إن الاجتماع تأجل"),
        t("وأكد دبلوماسي روسي الموعد الجديد"),
        t("وصل سيرغي لافروف إلى أنقرة"),
        t("وقال لافروف إن المحادثات بناءة"));
    List<List<NameSpan>> found = List.of(
        List.of(new NameSpan(2, 3, "PERS", 0.12)), // a weak, wrong tagging of an adjective
        List.of(),
        List.of(new NameSpan(1, 3, "PERS", 0.4)),
        List.of(new NameSpan(1, 2, "PERS", 0.3)));
    List<List<NameSpan>> out = DocumentConsistency.apply(doc, found);
    assertEquals(List.of(new NameSpan(2, 3, "PERS", 0.12)), out.get(1)); // a caller's floor drops it
    assertEquals(List.of(new NameSpan(1, 3, "PERS", 0.4)), out.get(2));
  }

  @Test
  void existingNamesAreNeverOverlapped() {
    List<String[]> doc = List.of(t("زار محمد البرادعي القاهرة"), t("غادر محمد البرادعي فيينا"));
    List<List<NameSpan>> found = List.of(
        List.of(new NameSpan(1, 3, "PERS", 0.9)),
        List.of(new NameSpan(1, 2, "PERS", 0.6)));
    List<List<NameSpan>> out = DocumentConsistency.apply(doc, found);
    assertEquals(List.of(new NameSpan(1, 2, "PERS", 0.6)), out.get(1));
  }
}
