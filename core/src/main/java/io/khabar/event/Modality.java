package io.khabar.event;

/**
 * Whether the text reports the event as fact. Only {@link #ASSERTED} events happened as far as
 * the article says; {@link #isAsserted()} is what a user who wants facts filters on.
 */
public enum Modality {
  /** Reported as having happened or as happening. */
  ASSERTED,
  /** Announced or scheduled: "سيزور", "من المقرر أن", "الأسبوع المقبل". */
  PLANNED,
  /** Denied or said not to have happened: "لم يحصل أي هجوم", "نفى أن يكون التقى". */
  NEGATED,
  /** Urged or called for by someone: "يحث أتباعه على شن هجمات", "دعا إلى فرض عقوبات". */
  EXHORTED,
  /** Expected or judged likely: "يتوقع أن", "من المحتمل أن". */
  EXPECTED,
  /** Feared or warned against: "يخشى من هجوم", "حذر من". */
  FEARED,
  /** Under a condition: "في حال", "إذا". */
  CONDITIONAL,
  /** Counterfactual or hypothetical: "لو". */
  HYPOTHETICAL,
  /** Aimed at or sought, not yet reached: "يسعى إلى اتفاق", "بهدف التوصل إلى", "الفرصة الأخيرة للتوصل". */
  SOUGHT;

  /** True for an event the text reports as having happened or happening. */
  public boolean isAsserted() {
    return this == ASSERTED;
  }
}
