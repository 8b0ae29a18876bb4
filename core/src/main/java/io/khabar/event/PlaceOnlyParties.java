package io.khabar.event;

import io.khabar.ner.EntityLayer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A visit or a meeting is told of people or bodies who travel or meet. A visit whose only
 * participants are places names no traveller: the country visited (اعتقل أثناء زيارة لغينيا ثم
 * سلم لإسرائيل), the country left (توجهت إلى تركيا ثم سوريا), a city visited (فرنسا التي زارها).
 * A meeting whose one participant is a place names no one who met: the venue (قمة سنغافورة، لقاء
 * في رامات جان), a title's country (القمة مع زعيم كوريا الشمالية), a national team (تلتقي
 * الأرجنتين مع)، a state receiving workers or guests (تستقبل السعودية 23% من العمال). Such an
 * event is dropped. Two states or more meeting are parties (اجتماع بين إيران ودول 4+1، بحثت
 * الولايات المتحدة مع إسرائيل), and so is a state hosting a gathering (اجتماع استضافته فرنسا,
 * decided by {@link Hosting}).
 */
final class PlaceOnlyParties {

  /** What the hosting verb's and its verbal noun's forms share (استضاف، تستضيف، استضافة). */
  private static final String HOSTED = "ستضا";
  private static final String HOSTS = "ستضي";

  private PlaceOnlyParties() {}

  /** Whether the event of trigger {@code f} with these roles names no one who went or met. */
  static boolean namesNoOne(EntityLayer layer, Found f, Arguments.Roles roles) {
    EventType type = f.trigger().type();
    if (type != EventType.VISIT && type != EventType.MEETING) {
      return false;
    }
    Set<Integer> parties = new LinkedHashSet<>(roles.agent());
    parties.addAll(roles.others());
    parties.addAll(roles.recipients());
    parties.addAll(roles.targets());
    if (!parties.stream().allMatch(e -> EntityKinds.isPlace(layer, e))) {
      return false;
    }
    if (type == EventType.VISIT) {
      return true;
    }
    String form = f.trigger().form();
    return parties.size() == 1 && !form.contains(HOSTED) && !form.contains(HOSTS);
  }
}
