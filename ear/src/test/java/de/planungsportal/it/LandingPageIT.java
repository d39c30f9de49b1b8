package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LandingPageIT {

  private static final Pattern RESOURCE =
      Pattern.compile("(?:src|href)=\"(/jakarta\\.faces\\.resource/[^\"]+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void landingPageIsServedInGermanWithoutPrimeFacesAndLight() throws Exception {
    HttpResponse<String> page = get("/", "de-DE,de;q=0.9", false);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(
            type -> assertThat(type).startsWith("text/html").containsIgnoringCase("utf-8"));
    assertThat(page.body()).contains("<html", "lang=\"de\"", "Willkommen im Planungsportal");
    assertThat(page.headers().allValues("Set-Cookie")).as("no session").isEmpty();

    List<String> resources = resourcesOf(page.body());
    assertThat(resources)
        .isNotEmpty()
        .noneSatisfy(r -> assertThat(r).containsIgnoringCase("primefaces"))
        .noneSatisfy(r -> assertThat(r).contains("theme.css"))
        .noneSatisfy(r -> assertThat(r).contains(".js"));
    assertThat(page.body()).doesNotContain("<script");
    long total = page.body().getBytes(StandardCharsets.UTF_8).length;
    for (String resource : resources) {
      HttpResponse<String> response = get(resource, "de", false);
      assertThat(response.statusCode()).as(resource).isEqualTo(200);
      total += response.body().getBytes(StandardCharsets.UTF_8).length;
    }
    assertThat(total).as("page and its resources, uncompressed").isLessThan(20_000);
  }

  @Test
  void landingPageLeadsPupilsAndParentsToTheSurveyAndStaffToSignIn() throws Exception {
    String body = get("/", "de-DE,de;q=0.9", false).body();

    assertThat(body)
        .containsPattern("<a [^>]*href=\"/answer/\\?lang=de\"[^>]*>Zur Befragung</a>")
        .containsPattern("<a [^>]*href=\"/login\\.xhtml\"[^>]*>Anmelden</a>");
    assertThat(get("/answer/?lang=de", "de", false).statusCode()).isEqualTo(200);
  }

  @Test
  void staffPagesStillGetPrimeFacesResources() throws Exception {
    HttpResponse<String> page = get("/login.xhtml", "de-DE,de;q=0.9", false);

    List<String> resources = resourcesOf(page.body());
    assertThat(resources)
        .anySatisfy(r -> assertThat(r).contains("primefaces").contains(".js"))
        .anySatisfy(r -> assertThat(r).contains("theme.css"));
    for (String resource : resources) {
      HttpResponse<String> response = get(resource, "de", false);
      assertThat(response.statusCode()).as(resource).isEqualTo(200);
    }
  }

  @Test
  void landingPageFollowsTheBrowserLanguage() throws Exception {
    HttpResponse<String> page = get("/", "en-GB,en;q=0.9", false);

    assertThat(page.body()).contains("lang=\"en\"", "Welcome to the planning portal");
  }

  @Test
  void scriptsAreSentCompressed() throws Exception {
    String script =
        resourcesOf(get("/login.xhtml", "de", false).body()).stream()
            .filter(r -> r.contains("primefaces") && r.contains(".js"))
            .findFirst()
            .orElseThrow();

    HttpResponse<String> response = get(script, "de", true);

    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  private HttpResponse<String> get(String path, String language, boolean gzip) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .header("Accept-Language", language);
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> resourcesOf(String html) {
    Matcher matcher = RESOURCE.matcher(html);
    return matcher.results().map(m -> m.group(1).replace("&amp;", "&")).distinct().toList();
  }
}
