package de.planungsportal.it;

import static de.planungsportal.it.OparlJson.elements;
import static de.planungsportal.it.OparlJson.json;
import static de.planungsportal.it.OparlJson.names;
import static de.planungsportal.it.OparlJson.parse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.planungsportal.it.PortalClient.Page;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public OParl 1.1 API as a client meets it: it starts at the system object and finds
 * everything else by the URLs in the JSON. Tests that need many committees create their own
 * organisation; the demo district is only read.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OparlIT {

  private static final String SYSTEM = "/oparl/v1.1/system";
  private static final String SCHEMA = "https://schema.oparl.org/1.1/";

  /** The list links every 1.1 body must carry, besides the embedded legislativeTerm. */
  private static final List<String> BODY_LISTS =
      List.of(
          "organization",
          "person",
          "meeting",
          "paper",
          "legislativeTermList",
          "agendaItem",
          "consultation",
          "file",
          "locationList",
          "membership");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  @Test
  void systemLeadsThroughTheBodiesToTheCommitteesOfABody() {
    PortalClient client = new PortalClient(base);
    JsonNode system = json(client.get(SYSTEM));
    assertThat(system.path("id").asText()).isEqualTo(url(SYSTEM));
    assertThat(system.path("type").asText()).isEqualTo(SCHEMA + "System");
    assertThat(system.path("oparlVersion").asText()).isEqualTo(SCHEMA);
    assertThat(system.path("name").asText()).isEqualTo("Planungsportal");

    JsonNode bodies = json(client.get(system.path("body").asText()));
    assertThat(bodies.path("pagination").path("totalElements").asLong())
        .isEqualTo(Database.count("SELECT COUNT(*) FROM organisation"));
    JsonNode listed =
        elements(bodies.path("data")).stream()
            .filter(b -> b.path("name").asText().equals("Landkreis Musterland"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("district not on the first page: " + bodies));

    JsonNode body = json(client.get(listed.path("id").asText()));
    assertThat(body).isEqualTo(listed);
    assertThat(body.path("id").asText())
        .isEqualTo(url("/oparl/v1.1/bodies/" + TestOrganisations.idOf("lk-musterland")));
    assertThat(body.path("type").asText()).isEqualTo(SCHEMA + "Body");
    assertThat(body.path("system").asText()).isEqualTo(system.path("id").asText());
    assertThat(body.path("classification").asText()).isEqualTo("Landkreis");
    assertThat(body.path("legislativeTerm").isArray()).isTrue();
    assertThat(body.path("legislativeTerm")).isEmpty();
    BODY_LISTS.forEach(
        list -> assertThat(body.path(list).asText()).as(list).startsWith(body.path("id").asText()));

    JsonNode organizations = json(client.get(body.path("organization").asText()));
    assertThat(organizations.path("pagination").path("totalElements").asLong()).isEqualTo(3);
    JsonNode committee =
        elements(organizations.path("data")).stream()
            .filter(o -> o.path("name").asText().equals("Schulträgerausschuss"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("committee missing: " + organizations));
    assertThat(committee.path("type").asText()).isEqualTo(SCHEMA + "Organization");
    assertThat(committee.path("body").asText()).isEqualTo(body.path("id").asText());
    assertThat(committee.path("classification").asText()).isEqualTo("Ausschuss");
    assertThat(committee.path("organizationType").asText()).isEqualTo("Gremium");
    assertThat(json(client.get(committee.path("id").asText()))).isEqualTo(committee);
  }

  @Test
  void everyObjectAndListPageMatchesTheOparlSchemas() {
    PortalClient client = new PortalClient(base);
    JsonNode system = json(client.get(SYSTEM));
    JsonNode bodies = json(client.get(system.path("body").asText()));
    JsonNode body = json(client.get(bodies.path("data").path(0).path("id").asText()));
    String district = "/oparl/v1.1/bodies/" + TestOrganisations.idOf("lk-musterland");
    JsonNode organizations = json(client.get(district + "/organizations"));
    JsonNode organization =
        json(client.get(organizations.path("data").path(0).path("id").asText()));

    assertThat(OparlSchemas.violations("System", system)).isEmpty();
    assertThat(OparlSchemas.violations("ObjectList", bodies)).isEmpty();
    elements(bodies.path("data"))
        .forEach(b -> assertThat(OparlSchemas.violations("Body", b)).as(b.toString()).isEmpty());
    assertThat(OparlSchemas.violations("Body", body)).isEmpty();
    assertThat(OparlSchemas.violations("ObjectList", organizations)).isEmpty();
    elements(organizations.path("data"))
        .forEach(
            o -> assertThat(OparlSchemas.violations("Organization", o)).as(o.toString()).isEmpty());
    assertThat(OparlSchemas.violations("Organization", organization)).isEmpty();
    for (String list : BODY_LISTS) {
      assertThat(OparlSchemas.violations("ObjectList", json(client.get(body.path(list).asText()))))
          .as(list)
          .isEmpty();
    }
    Page missing = client.get("/oparl/v1.1/organizations/999999999");
    assertThat(OparlSchemas.violations("Error", parse(missing.body()))).isEmpty();
    assertThat(OparlSchemas.violations("Body", parse("{\"id\":\"x\"}")))
        .as("the schemas do find faults")
        .isNotEmpty();
  }

  @Test
  void pagesThroughTheCommitteesOfABodyByTheLinksOfEachPage() {
    String organisation = TestOrganisations.create();
    long bodyId = TestOrganisations.idOf(organisation);
    List<String> names = List.of("Ausschuss A", "Ausschuss B", "Ausschuss C", "Ausschuss D", "E");
    for (int i = 0; i < names.size(); i++) {
      Database.update(
          "INSERT INTO committee (organisation_id, code, name) VALUES (?, ?, ?)",
          bodyId,
          "c" + i,
          names.get(i));
    }
    PortalClient client = new PortalClient(base);
    String list = url("/oparl/v1.1/bodies/" + bodyId + "/organizations");

    JsonNode first = json(client.get(list + "?limit=2"));
    assertThat(first.path("pagination").path("totalElements").asInt()).isEqualTo(5);
    assertThat(first.path("pagination").path("elementsPerPage").asInt()).isEqualTo(2);
    assertThat(first.path("pagination").path("currentPage").asInt()).isEqualTo(1);
    assertThat(first.path("pagination").path("totalPages").asInt()).isEqualTo(3);
    JsonNode links = first.path("links");
    assertThat(links.path("first").asText()).isEqualTo(list + "?limit=2");
    assertThat(links.path("self").asText()).isEqualTo(list + "?limit=2");
    assertThat(links.has("prev")).isFalse();
    assertThat(links.path("next").asText()).isEqualTo(list + "?limit=2&page=2");
    assertThat(links.path("last").asText()).isEqualTo(list + "?limit=2&page=3");

    List<String> seen = new ArrayList<>(names(first));
    JsonNode page = first;
    int pages = 1;
    while (page.path("links").has("next")) {
      JsonNode previous = page;
      page = json(client.get(page.path("links").path("next").asText()));
      pages++;
      assertThat(page.path("pagination").path("currentPage").asInt()).isEqualTo(pages);
      assertThat(page.path("links").path("prev").asText())
          .isEqualTo(previous.path("links").path("self").asText());
      seen.addAll(names(page));
    }
    assertThat(pages).isEqualTo(3);
    assertThat(page.path("links").path("self").asText()).isEqualTo(links.path("last").asText());
    assertThat(page.path("data")).hasSize(1);
    assertThat(seen).as("every committee once, in a stable order").containsExactlyElementsOf(names);
    assertThat(names(json(client.get(links.path("last").asText())))).containsExactly("E");
  }

  @Test
  void filtersByModificationTimeAndKeepsTheFilterInTheLinks() {
    String organisation = TestOrganisations.create();
    long bodyId = TestOrganisations.idOf(organisation);
    Database.update(
        "INSERT INTO committee (organisation_id, code, name, created_at, modified_at)"
            + " VALUES (?, 'alt', 'Alter Ausschuss', '2020-01-01 00:00:00', '2020-01-01 00:00:00')",
        bodyId);
    Database.update(
        "INSERT INTO committee (organisation_id, code, name) VALUES (?, 'neu', 'Neuer Ausschuss')",
        bodyId);
    PortalClient client = new PortalClient(base);
    String list = url("/oparl/v1.1/bodies/" + bodyId + "/organizations");
    String since = URLEncoder.encode("2021-01-01T00:00:00+01:00", StandardCharsets.UTF_8);

    JsonNode changed = json(client.get(list + "?modified_since=" + since + "&limit=1"));
    JsonNode old =
        json(
            client.get(
                list
                    + "?modified_until="
                    + URLEncoder.encode("2020-06-01T00:00:00+01:00", StandardCharsets.UTF_8)));

    assertThat(names(changed)).containsExactly("Neuer Ausschuss");
    assertThat(changed.path("links").path("self").asText())
        .isEqualTo(list + "?limit=1&modified_since=2021-01-01T00%3A00%3A00%2B01%3A00");
    assertThat(names(old)).containsExactly("Alter Ausschuss");
    assertThat(elements(old.path("data")).get(0).path("created").asText())
        .startsWith("2020-01-01T00:00:00");
  }

  @Test
  void theListsOfABodyWithoutCommitteeWorkAreOneEmptyPage() {
    PortalClient client = new PortalClient(base);
    JsonNode body =
        json(
            client.get("/oparl/v1.1/bodies/" + TestOrganisations.idOf(TestOrganisations.create())));

    for (String name : BODY_LISTS) {
      String list = body.path(name).asText();
      JsonNode page = json(client.get(list));
      assertThat(page.path("data")).as(name).isEmpty();
      assertThat(page.path("pagination").path("totalElements").asInt()).as(name).isZero();
      assertThat(page.path("pagination").path("totalPages").asInt()).as(name).isEqualTo(1);
      assertThat(page.path("links").path("first").asText()).as(name).isEqualTo(list);
      assertThat(page.path("links").path("last").asText()).as(name).isEqualTo(list);
      assertThat(page.path("links").has("next")).as(name).isFalse();
      assertThat(client.get(list + "?page=2").status()).as(name + " page 2").isEqualTo(404);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/oparl/v1.1/bodies/999999999",
        "/oparl/v1.1/bodies/abc",
        "/oparl/v1.1/bodies/-1",
        "/oparl/v1.1/bodies/0",
        "/oparl/v1.1/bodies/999999999/organizations",
        "/oparl/v1.1/bodies/999999999/meetings",
        "/oparl/v1.1/organizations/999999999",
        "/oparl/v1.1/organizations/x1",
        "/oparl/v1.1/bodies?page=999999",
        "/oparl/v1.1/meetings",
        "/oparl/v1.1/x/"
      })
  void unknownObjectsAndPagesAreNotFound(String path) {
    Page answer = new PortalClient(base).get(path);

    assertProblem(answer, 404, "not-found");
    assertThat(parse(answer.body()).path("message").asText())
        .isEqualTo("Dieses Objekt oder diese Listenseite gibt es nicht.");
  }

  @Test
  void leadingZerosAreNotAnotherNameOfAnObject() {
    long id = TestOrganisations.idOf("lk-musterland");

    assertProblem(new PortalClient(base).get("/oparl/v1.1/bodies/0" + id), 404, "not-found");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "page=abc",
        "page=0",
        "page=-1",
        "page=",
        "limit=0",
        "limit=-5",
        "limit=zwei",
        "created_since=2026-01-01",
        "modified_since=gestern",
        "omit_internal=ja"
      })
  void badPagingAndFiltersAreRefusedWithAProblem(String query) {
    Page answer = new PortalClient(base).get("/oparl/v1.1/bodies?" + query);

    assertProblem(answer, 400, "invalid-parameter");
    String parameter = query.substring(0, query.indexOf('='));
    assertThat(parse(answer.body()).path("message").asText()).contains("„" + parameter + "“");
  }

  @Test
  void problemsSpeakTheClientsLanguage() {
    Page answer =
        new PortalClient(base).language("en-GB,en;q=0.9").get("/oparl/v1.1/bodies?page=null");

    assertThat(parse(answer.body()).path("message").asText())
        .isEqualTo("The parameter “page” must be a whole number from 1.");
  }

  @Test
  void aLimitAboveTheLargestPageIsLowered() {
    JsonNode bodies = json(new PortalClient(base).get("/oparl/v1.1/bodies?limit=100000"));

    assertThat(bodies.path("pagination").path("elementsPerPage").asInt()).isEqualTo(100);
    assertThat(bodies.path("links").path("self").asText()).isEqualTo(url("/oparl/v1.1/bodies"));
  }

  @Test
  void answersOnlyGetAndHead() throws Exception {
    long committees = Database.count("SELECT COUNT(*) FROM committee");
    String district = "/oparl/v1.1/bodies/" + TestOrganisations.idOf("lk-musterland");
    PortalClient client = new PortalClient(base);

    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
      for (String path : List.of(SYSTEM, district + "/organizations", district)) {
        Page answer =
            client.json(method, path, "{\"name\":\"Neu\"}", Map.of("Origin", client.origin()));
        assertProblem(answer, 405, "method-not-allowed");
        assertThat(answer.header("Allow"))
            .as(method + " " + path)
            .hasValueSatisfying(allow -> assertThat(allow).contains("GET").doesNotContain(method));
      }
    }
    assertThat(Database.count("SELECT COUNT(*) FROM committee")).isEqualTo(committees);

    Page options = client.json("OPTIONS", SYSTEM, "", Map.of());
    assertThat(options.status()).as("CORS preflight").isIn(200, 204);
    assertThat(options.header("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(options.header("Allow"))
        .hasValueSatisfying(allow -> assertThat(allow).contains("GET").doesNotContain("POST"));

    HttpResponse<String> head =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url(SYSTEM)))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
  }

  @Test
  void isReadableFromAnySiteWithoutSessionAndKeepsTheSecurityHeaders() {
    PortalClient client = new PortalClient(base);
    for (Page answer :
        List.of(
            client.get(SYSTEM), client.get("/oparl/v1.1/bodies"), client.get("/oparl/v1.1/x"))) {
      assertThat(answer.header("Access-Control-Allow-Origin")).hasValue("*");
      assertThat(answer.header("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(answer.header("X-Frame-Options")).hasValue("DENY");
      assertThat(answer.header("Content-Security-Policy"))
          .hasValue("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
      assertThat(answer.header("Referrer-Policy")).hasValue("same-origin");
      assertThat(answer.header("Set-Cookie")).as("no session").isEmpty();
    }
    assertThat(client.sessionCookie()).isEmpty();
  }

  @Test
  void theStaffApiAndTheOparlApiServeNothingOfEachOther() {
    // signed in: anonymous callers of /api are refused before the API could answer
    PortalClient client = new PortalClient(base);
    client.signIn(TestAccounts.create("lk-musterland", "planner"), DemoAccounts.PASSWORD);

    for (String path :
        List.of(
            "/api/oparl/v1.1/system",
            "/api/system",
            "/api/bodies",
            "/api/organizations/1",
            "/oparl/v1.1/v1/reference/committees",
            "/oparl/v1.1/v1/account/personal-data")) {
      Page answer = client.get(path);
      assertThat(answer.status()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).doesNotContain("Schulträgerausschuss");
    }
  }

  @Test
  void aRawPathLeavingTheApiIsNotTreatedAsTheApi() throws Exception {
    PortalClient client = new PortalClient(base);
    URI raw = URI.create(client.origin() + "/oparl/v1.1/../../api/v1/reference/committees");

    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(raw)
                    .header("Origin", "https://evil.example")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).as(answer.body()).isIn(400, 403, 404);
    assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  @Test
  void idsNameTheConfiguredAddressWhateverHostTheClientNames() throws Exception {
    for (String path : List.of(SYSTEM, "/oparl/v1.1/bodies")) {
      String answer = withForeignHost(path);

      assertThat(answer).as(path).doesNotContainIgnoringCase("evil.example");
      assertThat(answer).as(path).contains(url("/oparl/v1.1/"));
    }
    assertThat(withForeignHost(SYSTEM)).contains("\"id\":\"" + url(SYSTEM) + "\"");
    assertThat(withForeignHost("/oparl/v1.1/bodies?page=999"))
        .contains(" 404 ")
        .doesNotContainIgnoringCase("evil.example");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/oparl/v1.1/", "/oparl/v1.1"})
  void theEndpointsOwnAddressLeadsToTheSystem(String path) throws Exception {
    Page answer = new PortalClient(base).get(path);

    assertThat(answer.status()).as(answer.body()).isEqualTo(302);
    assertThat(answer.location()).hasValue(url(SYSTEM));
    assertThat(answer.header("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(json(new PortalClient(base).get(answer.location().get())).path("id").asText())
        .isEqualTo(url(SYSTEM));
    assertThat(withForeignHost(path)).doesNotContainIgnoringCase("evil.example");
  }

  /**
   * The raw answer to a GET whose Host header (and forwarded host) names another site, as a cache
   * poisoner sends it; java.net.http refuses to send a Host header of its own.
   */
  private String withForeignHost(String path) throws Exception {
    URI server = URI.create(base.toString());
    try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET "
                      + path
                      + " HTTP/1.0\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n"
                      + "X-Forwarded-Proto: https\r\nAccept: application/json\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private void assertProblem(Page answer, int status, String code) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(answer.header("Access-Control-Allow-Origin")).hasValue("*");
    JsonNode problem = parse(answer.body());
    assertThat(problem.path("type").asText()).isEqualTo(SCHEMA + "Error");
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("code").asText()).isEqualTo(code);
    assertThat(problem.path("message").asText()).isNotBlank();
    assertThat(answer.body()).doesNotContain("Exception", "at de.", "at org.");
  }

  private String url(String path) {
    return URI.create(base.toString()).resolve(path).toString();
  }
}
