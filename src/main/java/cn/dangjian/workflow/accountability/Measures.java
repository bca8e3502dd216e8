package cn.dangjian.workflow.accountability;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The forms of 问责 and the disciplinary sanctions a decision may impose, as the regulations write them
 * (《中国共产党问责条例》第八条; 《中国共产党纪律处分条例》第八条): for whom each is, and whether it is an organisational
 * adjustment (组织调整/组织处理, formalities within the rule pack's limit) or a disciplinary sanction (纪律处分).
 */
enum Measures {
  检查(true, false, Kind.ACCOUNTABILITY),
  通报(true, true, Kind.ACCOUNTABILITY),
  改组(true, false, Kind.ADJUSTMENT),
  诫勉(false, true, Kind.ACCOUNTABILITY),
  停职检查(false, true, Kind.ADJUSTMENT),
  调整职务(false, true, Kind.ADJUSTMENT),
  责令辞职(false, true, Kind.ADJUSTMENT),
  降职(false, true, Kind.ADJUSTMENT),
  免职(false, true, Kind.ADJUSTMENT),
  警告(false, true, Kind.DISCIPLINE),
  严重警告(false, true, Kind.DISCIPLINE),
  撤销党内职务(false, true, Kind.DISCIPLINE),
  留党察看(false, true, Kind.DISCIPLINE),
  开除党籍(false, true, Kind.DISCIPLINE);

  enum Kind { ACCOUNTABILITY, ADJUSTMENT, DISCIPLINE }

  private final boolean forOrganisations;
  private final boolean forIndividuals;
  private final Kind kind;

  Measures(boolean forOrganisations, boolean forIndividuals, Kind kind) {
    this.forOrganisations = forOrganisations;
    this.forIndividuals = forIndividuals;
    this.kind = kind;
  }

  static Optional<Measures> named(String name) {
    return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
  }

  boolean appliesTo(String subjectType) {
    return AccountabilityCaseValidator.ORGANISATION.equals(subjectType) ? forOrganisations : forIndividuals;
  }

  Kind kind() {
    return kind;
  }

  /** The rule-pack limit of the measure's restriction period (影响期), e.g. {@code restriction.警告}. */
  String restrictionLimit() {
    return "restriction." + name();
  }

  static List<String> namesFor(String subjectType) {
    return Arrays.stream(values()).filter(m -> m.appliesTo(subjectType)).map(Measures::name).toList();
  }
}
