package de.planungsportal.it;

import static org.assertj.core.api.Assertions.assertThat;

import de.planungsportal.it.PortalClient.Page;
import java.io.StringReader;
import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * An exception while an ajax response is being rendered (a getter that fails) still shows the error
 * page with a reference number: OmniFaces' FullAjaxExceptionHandler throws the half-written partial
 * response away and answers with the error page in place of the view. A page made to fail rides
 * along.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AjaxRenderFailureIT {

  private static final String PAGE = "/it-render-failure.xhtml";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    EnterpriseArchive ear = Deployments.application();
    ear.getAsType(WebArchive.class, "web.war")
        .addClass(RenderFailure.class)
        .addAsWebResource(
            new StringAsset(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:h=\"jakarta.faces.html\""
                    + " xmlns:p=\"primefaces\"><h:head/><h:body>"
                    + "<h:form id=\"f\"><p:commandButton id=\"go\" action=\"#{renderFailure.arm}\""
                    + " process=\"@this\" update=\":out\"/></h:form>"
                    + "<h:panelGroup id=\"out\">"
                    + "<p>Vorher</p><h:outputText value=\"#{renderFailure.value}\"/>"
                    + "</h:panelGroup></h:body></html>"),
            PAGE.substring(1));
    return ear;
  }

  @ArquillianResource URL base;

  @Test
  void failureWhileRenderingAnAjaxAnswerShowsTheErrorPage() throws Exception {
    // a page added to the WAR is closed by default: staff only
    PortalClient client = new PortalClient(base);
    client.signIn(TestAccounts.create("lk-musterland", "planner"), DemoAccounts.PASSWORD);
    Page page = client.get(PAGE);
    assertThat(PageText.visible(page)).contains("fine");

    Page failed = client.ajax(page, PAGE, "f", "f:go", "f:go", "out", Map.of());

    assertThat(failed.body()).doesNotContain("internal detail", "Vorher");
    Document answer =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new InputSource(new StringReader(failed.body())));
    assertThat(answer.getDocumentElement().getNodeName()).isEqualTo("partial-response");
    assertThat(failed.body()).contains("<update id=\"jakarta.faces.ViewRoot\"");
    Matcher reference =
        Pattern.compile("Fehlernummer für Rückfragen: [0-9A-F]{10}")
            .matcher(PageText.visible(failed));
    assertThat(reference.find()).as(failed.body()).isTrue();
  }
}
