package de.planungsportal.results.rest;

import de.planungsportal.common.InvalidInputException;
import de.planungsportal.results.Breakdown;
import de.planungsportal.results.FreeTextScreening;
import de.planungsportal.results.OptionFigure;
import de.planungsportal.results.QuestionResult;
import de.planungsportal.results.ResultAccess;
import de.planungsportal.results.ResultCell;
import de.planungsportal.results.ResultRelease;
import de.planungsportal.results.SurveyResults;
import de.planungsportal.tenant.Actor;
import de.planungsportal.tenant.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.Locale;

/**
 * A wave's aggregated results for API clients, read-only, under the rules of the results pages
 * ({@link ResultAccess}): a wave the caller may not read is 404, whether it exists or not. A
 * suppressed cell carries its key, its label and {@code "suppressed": true}, and no number at all.
 * Free texts appear only as released by the planning team, for the whole wave.
 */
@Path("results/waves")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
public class WaveResultsResource {

  @Inject private ResultAccess access;
  @Inject private SurveyResults results;
  @Inject private FreeTextScreening screening;
  @Inject private ResultRelease release;
  @Inject private CurrentActor user;

  @GET
  @Path("{id}")
  public JsonObject wave(@PathParam("id") String id, @QueryParam("by") String by) {
    Actor actor = user.require();
    if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
      throw new NotFoundException();
    }
    long waveId = Long.parseLong(id);
    if (!access.mayRead(actor, waveId)) {
      throw new NotFoundException();
    }
    Breakdown breakdown = breakdown(by);
    // first: the first read of a wave closed before results existed computes them
    int minCell = results.minCell(waveId);
    ResultAccess.WaveResultState state = access.state(waveId).orElseThrow(NotFoundException::new);
    Locale locale = Locale.GERMAN;
    JsonArrayBuilder questions = Json.createArrayBuilder();
    if (state.computed()) {
      for (QuestionResult question : results.wave(waveId, breakdown, locale)) {
        JsonArrayBuilder groups = Json.createArrayBuilder();
        question.groups().forEach(g -> groups.add(cell(g)));
        questions.add(
            Json.createObjectBuilder()
                .add("key", question.questionKey())
                .add("text", question.text())
                .add("kind", question.kind().name())
                .add("total", cell(question.total()))
                .add("groups", groups));
      }
    }
    JsonArrayBuilder texts = Json.createArrayBuilder();
    for (FreeTextScreening.ReleasedTexts released : screening.released(waveId, locale)) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      released.texts().forEach(list::add);
      texts.add(
          Json.createObjectBuilder()
              .add("key", released.questionKey())
              .add("text", released.question())
              .add("texts", list));
    }
    return Json.createObjectBuilder()
        .add("wave", waveId)
        .add("title", release.title(waveId))
        .add("released", state.released())
        .add("computed", state.computed())
        .add("minCellSize", minCell)
        .add("by", breakdown.name())
        .add("questions", questions)
        .add("freeTexts", texts)
        .build();
  }

  private static Breakdown breakdown(String by) {
    if (by == null || by.isEmpty()) {
      return Breakdown.TOTAL;
    }
    return Arrays.stream(Breakdown.values())
        .filter(b -> b.name().equals(by))
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("api.results.by.invalid"));
  }

  private static JsonObjectBuilder cell(ResultCell cell) {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("key", cell.groupKey())
            .add("label", cell.groupLabel() == null ? "" : cell.groupLabel())
            .add("suppressed", cell.suppressed());
    if (cell.suppressed()) {
      return json;
    }
    JsonArrayBuilder options = Json.createArrayBuilder();
    for (OptionFigure figure : cell.options()) {
      options.add(
          Json.createObjectBuilder()
              .add("key", figure.key())
              .add("label", figure.label())
              .add("count", figure.count())
              .add("percent", Math.round(figure.percent() * 10.0) / 10.0));
    }
    json.add("answered", cell.answered()).add("options", options);
    if (cell.mean() != null) {
      json.add("mean", cell.mean());
    }
    if (cell.median() != null) {
      json.add("median", cell.median());
    }
    return json;
  }
}
