package de.planungsportal.web;

import de.planungsportal.common.ErrorReference;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;

/**
 * An exception during an ajax request would otherwise end in a partial-response error that
 * PrimeFaces cannot show; here it is logged under a reference number and the browser is sent to the
 * error page, which shows only that number. Full-page requests keep the servlet container's error
 * pages (with the right status code).
 */
public class AjaxExceptionHandlerFactory extends ExceptionHandlerFactory {

  public AjaxExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      if (faces != null && faces.getPartialViewContext().isAjaxRequest() && events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        String target =
            failure instanceof ViewExpiredException
                    || failure.getCause() instanceof ViewExpiredException
                ? "/error/expired.xhtml"
                : "/error/500.xhtml?ref=" + ErrorReference.log("ajax request", failure);
        events.remove();
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
        try {
          var external = faces.getExternalContext();
          String url = external.getRequestContextPath() + target;
          if (faces.getCurrentPhaseId() == PhaseId.RENDER_RESPONSE) {
            replacePartialResponse(external, url);
          } else {
            external.redirect(url);
          }
          faces.responseComplete();
        } catch (IOException e) {
          throw new FacesException(e);
        }
        return;
      }
      getWrapped().handle();
    }

    /**
     * During rendering, Faces has already written (and finished) a partial response that leaves the
     * failed part out, and its redirect would be lost; while nothing is sent yet, that answer is
     * replaced by one that only redirects. A failure after the first bytes went out (a very large
     * answer) cannot be taken back; the log still has it.
     */
    private static void replacePartialResponse(ExternalContext external, String url)
        throws IOException {
      if (external.isResponseCommitted()) {
        return;
      }
      external.responseReset();
      external.setResponseContentType("text/xml");
      external.setResponseCharacterEncoding("UTF-8");
      Writer writer = external.getResponseOutputWriter();
      writer.write(
          "<?xml version='1.0' encoding='UTF-8'?>\n<partial-response><redirect url=\""
              + url.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")
              + "\"></redirect></partial-response>");
      writer.flush();
    }
  }
}
