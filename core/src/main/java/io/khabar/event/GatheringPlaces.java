package io.khabar.event;

import io.khabar.ner.EntityLayer;
import io.khabar.token.AnalyzedText;
import java.util.Optional;

/**
 * News names a gathering by the city that hosts it: a city or capital in construct right after a
 * noun of meeting or talks (لقاء فيينا، قمة هلسنكي، مؤتمر ميونخ، محادثات جنيف) is where they met,
 * the event's place, never a party to it. Two places coordinated after the noun (اجتماع موسكو
 * وأنقرة) are the parties — capitals standing for their states — and stay. A country after the
 * noun is left to the other rules: it is rarely a venue. With بـ joined to the name (اجتماع
 * بفيينا) the city is the place all the same.
 *
 * <p>News names an attack the same way (هجمات باريس، تفجيرات بروكسل، هجوم دوما): a city in
 * construct after an attack noun that the frame read as the attacker is where the attack
 * happened — a city does not strike. A noun of striking whose genitive is its object (قصف حلب)
 * has put the city among the targets already, and it stays there. Stateless.
 */
final class GatheringPlaces {

  private GatheringPlaces() {}

  /** The roles with the hosting city moved from the parties to the place. */
  static Arguments.Roles apply(AnalyzedText text, EntityLayer layer, Found f, boolean nominal,
      Arguments.Roles roles) {
    EventType type = f.trigger().type();
    boolean attack = type == EventType.ATTACK;
    if (!nominal || type != EventType.MEETING && type != EventType.NEGOTIATION && !attack
        || f.end() >= text.size()) {
      return roles;
    }
    int city = layer.entityAt(f.end());
    if (city < 0 || !EntityKinds.isPlace(layer, city) || EntityKinds.isCountry(layer, city)
        || attack && !roles.agent().contains(city)) {
      return roles;
    }
    int after = f.end();
    while (after < text.size() && layer.entityAt(after) == city) {
      after++;
    }
    if (after < text.size() && text.form(after).startsWith("و") && layer.entityAt(after) >= 0) {
      return roles; // اجتماع موسكو وأنقرة: the two capitals met
    }
    roles.agent().remove(city);
    roles.others().remove(city);
    roles.recipients().remove(city);
    roles.targets().remove(city);
    return new Arguments.Roles(roles.agent(), roles.others(), roles.recipients(),
        roles.targets(), roles.place().isPresent() ? roles.place() : Optional.of(city));
  }
}
