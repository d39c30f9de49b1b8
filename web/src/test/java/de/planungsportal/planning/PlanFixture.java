package de.planungsportal.planning;

import de.planungsportal.area.Area;
import de.planungsportal.area.Department;
import de.planungsportal.area.School;
import de.planungsportal.area.SchoolType;
import de.planungsportal.tenant.Organisation;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Work plans built in memory, as the services would leave them, for tests and benchmarks of what
 * reads a plan. Nothing is persisted; ids stay null.
 */
public final class PlanFixture {

  /** A measure whose title uses umlauts, ß and the euro sign's neighbours. */
  public static final String UMLAUT_TITLE = "Sprachförderung für Kinder – Übergänge in Süd stärken";

  /** A title a spreadsheet would run as a formula if it took it as typed. */
  public static final String FORMULA_TITLE = "=HYPERLINK(\"https://evil.example\",\"Klick\")";

  public static final String CARRIED_OVER_TITLE = "Schulsozialarbeit an Grundschulen ausbauen";

  private static final String[] DEPARTMENTS = {
    "Bildungsbüro und Schulentwicklungsplanung",
    "Jugendhilfeplanung",
    "Sozialplanung",
    "Gesundheitsplanung",
    "Kita-Bedarfsplanung",
    "Integrationsplanung",
    "Sportentwicklungsplanung",
    "Kulturplanung"
  };

  private static final String[] FOCUS_AREAS = {
    "Frühe Bildung", "Übergang Schule–Beruf", "Gesundheit und Bewegung", "Teilhabe", "Ganztag"
  };

  private PlanFixture() {}

  /** The published version 3 of the 2027 plan with a few measures and its decisions. */
  public static Plan sample() {
    Organisation district =
        new Organisation("lk-musterland", "Landkreis Musterland", Organisation.Kind.DISTRICT);
    Department youth =
        new Department(
            district, "jugendhilfe", "Jugendhilfeplanung", Department.Kind.YOUTH_WELFARE);
    Department education =
        new Department(
            district,
            "bildung",
            "Bildungsbüro und Schulentwicklungsplanung",
            Department.Kind.EDUCATION);
    Area south = new Area(district, "musterstadt-sued", "Musterstadt-Süd", null);
    Area talheim = new Area(district, "talheim", "Gemeinde Talheim", null);
    School igs =
        new School(
            district,
            "igs",
            "Integrierte Gesamtschule Musterstadt",
            SchoolType.GESAMTSCHULE,
            south);
    WorkPlanVersion version = version(district, List.of(youth, education), 3);
    Goal language =
        version.addGoal(
            "Frühe Bildung",
            "Alle Kinder starten mit ausreichenden Deutschkenntnissen in die Schule",
            "Sprachstand vor der Einschulung verbessern");
    language.addMeasure(
        new Measure.Content(
            UMLAUT_TITLE,
            "Kleingruppen in Kitas und Grundschulen",
            youth,
            new BigDecimal("12500.50"),
            LocalDate.of(2027, 2, 1),
            LocalDate.of(2027, 11, 30),
            "Anteil Kinder mit Förderbedarf",
            "%",
            new BigDecimal("23"),
            new BigDecimal("15.5"),
            MeasureStatus.IN_PROGRESS,
            List.of(south, talheim),
            List.of(igs)));
    language.addMeasure(
        new Measure.Content(
            FORMULA_TITLE,
            null,
            education,
            new BigDecimal("1000"),
            null,
            LocalDate.of(2027, 6, 30),
            null,
            null,
            null,
            null,
            MeasureStatus.PLANNED,
            List.of(),
            List.of()));
    Goal social =
        version.addGoal("Teilhabe", "Schulabbrüche verringern", "Mehr Abschlüsse in Talheim");
    Measure carried =
        social.addMeasure(
            new Measure.Content(
                CARRIED_OVER_TITLE,
                null,
                youth,
                new BigDecimal("48000"),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                "Schulabbrüche je Jahrgang",
                null,
                new BigDecimal("14"),
                new BigDecimal("9"),
                MeasureStatus.PLANNED,
                List.of(talheim),
                List.of(igs)));
    markCarriedOver(carried, district, youth);
    publish(version);
    List<WorkPlanDecision> decisions =
        List.of(
            new WorkPlanDecision(
                version,
                WorkPlanDecision.Step.SUBMITTED,
                null,
                WorkPlanDecision.Outcome.SUBMITTED,
                null,
                "planer"),
            new WorkPlanDecision(
                version,
                WorkPlanDecision.Step.HEAD_SIGN_OFF,
                null,
                WorkPlanDecision.Outcome.APPROVED,
                "Gezeichnet; Budget für Süd geprüft.",
                "landrat"),
            new WorkPlanDecision(
                version,
                WorkPlanDecision.Step.COMMITTEE,
                "JUGENDHILFE",
                WorkPlanDecision.Outcome.AMENDED,
                "Mit der Änderung: Förderung auch in Übergangsklassen.",
                "vorsitz"));
    return new Plan(version, decisions);
  }

  /**
   * A published plan of the given size: measures spread round-robin over goals, departments, areas
   * and schools, every tenth one carried over.
   */
  public static Plan sized(int goals, int measures, int departments) {
    Organisation district =
        new Organisation("lk-musterland", "Landkreis Musterland", Organisation.Kind.DISTRICT);
    List<Department> owners = new ArrayList<>();
    for (int d = 0; d < departments; d++) {
      owners.add(
          new Department(
              district,
              "dep-" + d,
              DEPARTMENTS[d % DEPARTMENTS.length],
              Department.Kind.values()[d % Department.Kind.values().length]));
    }
    List<Area> areas = new ArrayList<>();
    List<School> schools = new ArrayList<>();
    for (int a = 0; a < 12; a++) {
      Area area = new Area(district, "area-" + a, "Sozialraum " + (a + 1) + " (Süd)", null);
      areas.add(area);
      schools.add(
          new School(
              district,
              "school-" + a,
              "Grundschule Gebiet " + (a + 1),
              SchoolType.GRUNDSCHULE,
              area));
    }
    WorkPlanVersion version = version(district, owners, 2);
    List<Goal> goalList = new ArrayList<>();
    for (int g = 0; g < goals; g++) {
      goalList.add(
          version.addGoal(
              FOCUS_AREAS[g % FOCUS_AREAS.length],
              "Ziel " + (g + 1) + ": Übergänge gestalten und Bildungschancen verbessern",
              "Beschreibung des Ziels " + (g + 1) + " mit Maßnahmen in mehreren Sozialräumen."));
    }
    for (int m = 0; m < measures; m++) {
      Measure measure =
          goalList
              .get(m % goals)
              .addMeasure(
                  new Measure.Content(
                      "Maßnahme " + (m + 1) + ": Förderangebote für Schülerinnen und Schüler",
                      "Beschreibung " + (m + 1),
                      owners.get(m % departments),
                      new BigDecimal(1000 + 250 * m),
                      LocalDate.of(2027, 1 + m % 12, 1),
                      LocalDate.of(2027, 12, 31),
                      "Teilnehmende je Quartal",
                      "Personen",
                      new BigDecimal(10 + m % 7),
                      new BigDecimal(20 + m % 9),
                      MeasureStatus.values()[m % MeasureStatus.values().length],
                      List.of(areas.get(m % areas.size()), areas.get((m + 5) % areas.size())),
                      List.of(schools.get(m % schools.size()))));
      if (m % 10 == 0) {
        markCarriedOver(measure, district, owners.get(0));
      }
    }
    publish(version);
    List<WorkPlanDecision> decisions = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      decisions.add(
          new WorkPlanDecision(
              version,
              WorkPlanDecision.Step.COMMITTEE,
              "AUSSCHUSS-" + i,
              WorkPlanDecision.Outcome.APPROVED,
              "Einstimmig beschlossen.",
              "vorsitz"));
    }
    return new Plan(version, decisions);
  }

  /** A version and the decisions taken on it. */
  public record Plan(WorkPlanVersion version, List<WorkPlanDecision> decisions) {}

  private static WorkPlanVersion version(
      Organisation district, List<Department> departments, int number) {
    PlanningCycle cycle =
        new PlanningCycle(
            district,
            2027,
            "Bildungsplanung 2027 – Übergänge stärken",
            "planer",
            LocalDate.of(2026, 12, 15),
            departments,
            null);
    return new WorkPlanVersion(cycle, number, "planer");
  }

  private static void publish(WorkPlanVersion version) {
    version.submit();
    version.decided(WorkPlanVersion.Status.APPROVED);
    version.decided(WorkPlanVersion.Status.PUBLISHED);
  }

  /**
   * Carrying over is the next cycle's use case (not on this branch): the link to last year's
   * measure is set directly.
   */
  private static void markCarriedOver(Measure measure, Organisation district, Department owner) {
    WorkPlanVersion lastYear = version(district, List.of(owner), 1);
    Measure previous =
        lastYear.addGoal("Teilhabe", "Vorjahresziel", null).addMeasure(measure.content());
    try {
      Field link = Measure.class.getDeclaredField("carriedOverFrom");
      link.setAccessible(true);
      link.set(measure, previous);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
