package de.planungsportal.survey.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void textAndAttributeValuesAreEscapedAndBooleanAttributesStandAlone() {
    String html =
        new Html()
            .open("input", "value", "\"><script>alert('x')</script>&", "checked", "", "id", null)
            .element("p", "<b>fett</b> & 'so'")
            .toString();

    assertThat(html)
        .isEqualTo(
            "<input value=\"&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;\""
                + " checked><p>&lt;b&gt;fett&lt;/b&gt; &amp; &#39;so&#39;</p>");
  }

  @Test
  void plainTextIsKeptAsIs() {
    assertThat(Html.escape("Schulhof 🌳 ü")).isEqualTo("Schulhof 🌳 ü");
    assertThat(Html.escape(null)).isEmpty();
  }
}
