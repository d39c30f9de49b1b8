package de.planungsportal.oparl;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.NotFoundException;
import java.util.List;

/**
 * One page of an external object list as OParl 1.1 prescribes it: {@code data}, {@code pagination}
 * (totalElements, elementsPerPage, currentPage, totalPages) and {@code links} (first, prev, self,
 * next, last). An empty list is one empty page. Pages beyond the last do not exist.
 */
final class ListPage {

  private final ListRequest request;
  private final long totalElements;
  private final int totalPages;

  private ListPage(ListRequest request, long totalElements, int totalPages) {
    this.request = request;
    this.totalElements = totalElements;
    this.totalPages = totalPages;
  }

  /**
   * @throws NotFoundException if the requested page lies beyond the last
   */
  static ListPage of(ListRequest request, long totalElements) {
    int totalPages = (int) Math.max(1, (totalElements + request.limit() - 1) / request.limit());
    if (request.page() > totalPages) {
      throw new NotFoundException();
    }
    return new ListPage(request, totalElements, totalPages);
  }

  /** Index of the first element of this page. */
  int offset() {
    return (request.page() - 1) * request.limit();
  }

  int limit() {
    return request.limit();
  }

  JsonObject toJson(String listUrl, List<JsonObject> data) {
    JsonArrayBuilder objects = Json.createArrayBuilder();
    data.forEach(objects::add);
    int page = request.page();
    JsonObjectBuilder links = Json.createObjectBuilder().add("first", request.url(listUrl, 1));
    if (page > 1) {
      links.add("prev", request.url(listUrl, page - 1));
    }
    links.add("self", request.url(listUrl, page));
    if (page < totalPages) {
      links.add("next", request.url(listUrl, page + 1));
    }
    links.add("last", request.url(listUrl, totalPages));
    return Json.createObjectBuilder()
        .add("data", objects)
        .add(
            "pagination",
            Json.createObjectBuilder()
                .add("totalElements", totalElements)
                .add("elementsPerPage", request.limit())
                .add("currentPage", page)
                .add("totalPages", totalPages))
        .add("links", links)
        .build();
  }
}
