package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CompoundNamesTest {

  @Test
  void joinsServantFatherAndDivineCompoundsWrittenApart() {
    assertEquals(List.of(List.of("عبدالفتاح", "السيسي")),
        CompoundNames.variants(List.of("عبد", "الفتاح", "السيسي")));
    assertEquals(List.of(List.of("حسن", "نصرالله")),
        CompoundNames.variants(List.of("حسن", "نصر", "الله")));
    assertEquals(List.of(List.of("ابوظبي")), CompoundNames.variants(List.of("ابو", "ظبي")));
    assertEquals(List.of(List.of("صلاحالدين")),
        CompoundNames.variants(List.of("صلاح", "الدين")));
  }

  @Test
  void splitsCompoundsWrittenAsOneWord() {
    assertEquals(List.of(List.of("الملك", "عبد", "الله", "الثاني")),
        CompoundNames.variants(List.of("الملك", "عبدالله", "الثاني")));
    assertEquals(List.of(List.of("احمد", "ابو", "الغيط")),
        CompoundNames.variants(List.of("احمد", "ابوالغيط")));
    assertEquals(List.of(List.of("نور", "الدين")), CompoundNames.variants(List.of("نورالدين")));
  }

  @Test
  void joinsTheServantNameNotTheKunyaBeforeIt() {
    assertEquals(List.of(List.of("ابو", "عبدالله")),
        CompoundNames.variants(List.of("ابو", "عبد", "الله")));
  }

  @Test
  void leavesProcliticsAndOrdinaryWordsAlone() {
    assertTrue(CompoundNames.variants(List.of("والله")).isEmpty());
    assertTrue(CompoundNames.variants(List.of("بالله")).isEmpty());
    assertTrue(CompoundNames.variants(List.of("ابواب", "المدينة")).isEmpty());
    assertTrue(CompoundNames.variants(List.of("عبده")).isEmpty());
    assertTrue(CompoundNames.variants(List.of("الوالدين")).isEmpty());
    assertTrue(CompoundNames.variants(List.of("بشار", "الاسد")).isEmpty());
  }

  @Property
  void aVariantSpellsTheSameLettersInTheSameOrder(
      @ForAll @Size(min = 1, max = 4) List<@StringLength(min = 1, max = 8) String> words) {
    String letters = String.join("", words);
    for (List<String> v : CompoundNames.variants(words)) {
      assertEquals(letters, String.join("", v));
      assertTrue(v.stream().noneMatch(String::isEmpty), v.toString());
    }
  }
}
