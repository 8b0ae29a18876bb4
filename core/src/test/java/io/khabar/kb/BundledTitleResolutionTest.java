package io.khabar.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Title resolution over the bundled knowledge base (no fixtures): the people files' role
 * encodings must match the titles {@link TitleResolver} generates, and the facts must be right.
 */
class BundledTitleResolutionTest {

  private static final TitleResolver TITLES = TitleResolver.getDefault();

  private static String holder(String title, String date) {
    List<KbEntity> holders = TITLES.resolve(title, LocalDate.parse(date))
        .map(TitleMatch::holders).orElse(ImmutableList.of());
    return holders.stream().map(KbEntity::key).collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "{0} @ {1} -> {2}")
  @CsvSource({
      "الرئيس السوري, 2018-06-01, bashar-al-assad",
      "البابا, 2021-03-05, pope-francis",
      "المندوبة الأمريكية لدى الأمم المتحدة, 2023-05-16, linda-thomas-greenfield",
      "السفيرة الأمريكية لدى الأمم المتحدة, 2018-03-01, nikki-haley",
      "الحبر الأعظم, 2025-06-01, pope-leo-xiv",
      "الرئيس السوري, 2026-01-29, ahmed-al-sharaa",
      "رئيس النظام السوري, 2016-03-01, bashar-al-assad",
      "الرئيس الروسي, 2026-03-01, vladimir-putin",
      "الرئيس الروسي, 2010-03-01, dmitry-medvedev",
      "الرئيس الأمريكي, 2016-05-01, barack-obama",
      "الرئيس الأميركي, 2016-05-01, barack-obama",
      "الرئيس الأمريكي, 2020-05-01, donald-trump",
      "الرئيس الأميركي, 2022-05-01, joe-biden",
      "الرئيس الأمريكي, 2026-01-29, donald-trump",
      "الرئيس الأميركي, 2026-01-29, donald-trump",
      "وزير الخارجية الروسي, 2026-03-01, sergey-lavrov",
      "وزير خارجية روسيا, 2026-03-01, sergey-lavrov",
      "المتحدث باسم الكرملين, 2026-03-01, dmitry-peskov",
      "المتحدثة باسم الخارجية الروسية, 2020-03-01, maria-zakharova",
      "المتحدثة باسم وزارة الخارجية الروسية, 2020-03-01, maria-zakharova",
      "المبعوث الأممي إلى سوريا, 2020-03-01, geir-pedersen",
      "المبعوث الأممي الخاص إلى سوريا, 2020-03-01, geir-pedersen",
      "المبعوث الأممي إلى اليمن, 2023-03-01, hans-grundberg",
      "الأمين العام للأمم المتحدة, 2020-03-01, antonio-guterres",
      "ولي العهد السعودي, 2020-03-01, mohammed-bin-salman",
      "رئيس الوزراء الإسرائيلي, 2024-03-01, benjamin-netanyahu",
      "وزير الخارجية التركي, 2024-03-01, hakan-fidan",
      "الرئيس التركي, 2024-03-01, recep-tayyip-erdogan",
      "الرئيس الإيراني, 2025-03-01, masoud-pezeshkian",
      "الرئيس الإيراني, 2022-03-01, ebrahim-raisi",
      "الرئيس الإيراني, 2015-03-01, hassan-rouhani",
      "المرشد الإيراني, 2020-03-01, ali-khamenei",
      "المرشد الأعلى الإيراني, 2020-03-01, ali-khamenei",
      "وزير الخارجية الإيراني, 2025-03-01, abbas-araghchi",
      "المتحدث باسم الخارجية الإيرانية, 2025-03-01, esmaeil-baghaei",
      "الرئيس المصري, 2020-03-01, abdel-fattah-el-sisi",
      "العاهل الأردني, 2023-03-01, abdullah-ii",
      "أمير قطر, 2020-03-01, tamim-bin-hamad",
      "الرئيس اللبناني, 2019-03-01, michel-aoun",
      "الرئيس اللبناني, 2025-06-01, joseph-aoun",
      "رئيس الحكومة العراقية, 2024-03-01, mohammed-shia-al-sudani",
      "الرئيس الفلسطيني, 2020-03-01, mahmoud-abbas",
      "الرئيس الفرنسي, 2020-03-01, emmanuel-macron",
      "رئيس الوزراء البريطاني, 2025-03-01, keir-starmer",
      "الرئيس الصيني, 2020-03-01, xi-jinping",
      "الرئيس الأوكراني, 2023-03-01, volodymyr-zelensky",
      "وزير الخارجية السوري, 2018-03-01, walid-muallem",
      "وزير الخارجية السوري, 2025-06-01, asaad-al-shaibani",
      "وزير الخارجية الأمريكي, 2014-03-01, john-kerry",
      "وزير الخارجية الأميركي, 2022-03-01, antony-blinken",
      "وزير الخارجية الأمريكي, 2026-03-01, marco-rubio",
      "المبعوث الأمريكي إلى سوريا, 2025-08-01, tom-barrack",
      "الأمين العام لجامعة الدول العربية, 2020-03-01, ahmed-aboul-gheit",
      "الأمين العام لحزب الله, 2020-03-01, hassan-nasrallah",
      "الأمين العام لحزب الله, 2025-03-01, naim-qassem",
      "الأمين العام لحلف شمال الأطلسي, 2025-03-01, mark-rutte",
      "قائد قوات سوريا الديمقراطية, 2023-03-01, mazloum-abdi",
      "القائد العام لقوات سوريا الديمقراطية, 2023-03-01, mazloum-abdi",
      "رئيس الوزراء السعودي, 2023-03-01, mohammed-bin-salman",
      "ولي عهد أبوظبي, 2020-03-01, mohamed-bin-zayed",
      "مسؤول السياسة الخارجية في الاتحاد الأوروبي, 2022-03-01, josep-borrell",
      "مسؤولة السياسة الخارجية في الاتحاد الأوروبي, 2025-03-01, kaja-kallas",
      "رئيسة المفوضية الأوروبية, 2023-03-01, ursula-von-der-leyen",
      "رئيس المجلس الأوروبي, 2023-03-01, charles-michel",
      "رئيس إقليم كردستان, 2022-03-01, nechirvan-barzani",
      "رئيس حكومة إقليم كردستان, 2022-03-01, masrour-barzani",
      "أمين مجلس الأمن الروسي, 2020-03-01, nikolai-patrushev",
      "سكرتير مجلس الأمن الروسي, 2025-03-01, sergei-shoigu",
      "الأمين العام للمجلس الأعلى للأمن القومي الإيراني, 2020-03-01, ali-shamkhani",
      "أمين سر اللجنة التنفيذية لمنظمة التحرير, 2023-03-01, hussein-al-sheikh",
      "المتحدثة باسم البيت الأبيض, 2026-03-01, karoline-leavitt",
      "المتحدث باسم الخارجية الأمريكية, 2024-03-01, matthew-miller",
      "المتحدث باسم الخارجية الصينية, 2019-03-01, 'geng-shuang,lu-kang,hua-chunying'",
      "المتحدث باسم الجيش الإسرائيلي, 2024-03-01, 'daniel-hagari,avichay-adraee'",
      "زعيم الحوثيين, 2024-03-01, abdul-malik-al-houthi",
      "الملك السعودي, 2020-03-01, king-salman",
      "العاهل السعودي, 2020-03-01, king-salman",
      "العاهل المغربي, 2020-03-01, mohammed-vi",
      "ملك البحرين, 2020-03-01, hamad-bin-isa",
      "أمير الكويت, 2018-03-01, sabah-al-ahmad",
      "أمير الكويت, 2024-06-01, mishal-al-ahmad",
      "سلطان عمان, 2022-03-01, haitham-bin-tariq",
      "رئيس الإمارات, 2023-03-01, mohamed-bin-zayed",
      "الرئيس الجزائري, 2022-03-01, abdelmadjid-tebboune",
      "الرئيس التونسي, 2022-03-01, kais-saied",
      "الرئيس العراقي, 2020-03-01, barham-salih",
      "الرئيس اليمني, 2020-03-01, abdrabbuh-mansur-hadi",
      "الرئيس السوداني, 2018-03-01, omar-al-bashir",
  })
  void resolvesTitleToTheOfficeHolderOfTheDate(String title, String date, String expected) {
    assertEquals(expected, holder(title, date));
  }

  @Test
  void formerOfficeHolderIsNotResolved() {
    TitleMatch m = TITLES.resolve("الرئيس السوري السابق", LocalDate.parse("2026-01-29"))
        .orElseThrow();
    assertTrue(m.former());
    assertTrue(m.holders().isEmpty());
  }

  @Test
  void iranianPresidentIsHeadOfGovernmentAndLeaderHeadOfState() {
    LocalDate d = LocalDate.parse("2025-03-01");
    assertEquals(RoleType.HEAD_OF_GOVERNMENT,
        TITLES.resolve("الرئيس الإيراني", d).orElseThrow().role());
    assertEquals(RoleType.HEAD_OF_STATE,
        TITLES.resolve("مرشد الثورة الإسلامية", d).orElseThrow().role());
    assertEquals("ali-khamenei", holder("المرشد الأعلى للثورة الإسلامية", "2025-03-01"));
  }
}
