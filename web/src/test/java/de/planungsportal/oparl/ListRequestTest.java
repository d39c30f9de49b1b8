package de.planungsportal.oparl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.planungsportal.common.InvalidInputException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListRequestTest {

  private static final String LIST = "https://portal.example/oparl/v1.1/bodies/7/organizations";

  @Test
  void withoutParametersAsksForTheFirstFullPage() {
    ListRequest request = ListRequest.of(query());

    assertThat(request.page()).isEqualTo(1);
    assertThat(request.limit()).isEqualTo(ListRequest.MAX_LIMIT);
    assertThat(request.url(LIST, 1)).isEqualTo(LIST);
    assertThat(request.url(LIST, 2)).isEqualTo(LIST + "?page=2");
  }

  @Test
  void servesAtMostTheLargestPageHoweverMuchIsAskedFor() {
    assertThat(ListRequest.of(query("limit", "100000")).limit()).isEqualTo(ListRequest.MAX_LIMIT);
    assertThat(ListRequest.of(query("limit", "2")).limit()).isEqualTo(2);
  }

  @ParameterizedTest
  @CsvSource({
    "page, abc",
    "page, 0",
    "page, -1",
    "page, ''",
    "page, 1.5",
    "page, 99999999999",
    "limit, 0",
    "limit, -5",
    "limit, zehn",
    "created_since, 2026-01-01",
    "modified_until, gestern",
    "omit_internal, yes"
  })
  void refusesParametersItCannotRead(String name, String value) {
    assertThatThrownBy(() -> ListRequest.of(query(name, value)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).arguments()).containsExactly(name));
  }

  @Test
  void linksKeepFiltersAndPageSizeInOneCanonicalSpelling() {
    ListRequest request =
        ListRequest.of(
            query(
                "page", "2",
                "modified_since", "2026-03-01T10:15:30.250+01:00",
                "limit", "5",
                "omit_internal", "true",
                "created_until", "2026-03-31T00:00:00Z"));

    assertThat(request.url(LIST, 3))
        .isEqualTo(
            LIST
                + "?created_until=2026-03-31T00%3A00%3A00%2B00%3A00&limit=5"
                + "&modified_since=2026-03-01T10%3A15%3A30%2B01%3A00&omit_internal=true&page=3");
    assertThat(request.url(LIST, 1)).doesNotContain("page=");
  }

  private static MultivaluedMap<String, String> query(String... namesAndValues) {
    MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      query.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return query;
  }
}
