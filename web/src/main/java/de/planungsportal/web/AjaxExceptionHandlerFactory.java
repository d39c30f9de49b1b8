package de.planungsportal.web;

import de.planungsportal.common.ErrorReference;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
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
          external.redirect(external.getRequestContextPath() + target);
          faces.responseComplete();
        } catch (IOException e) {
          throw new FacesException(e);
        }
        return;
      }
      getWrapped().handle();
    }
  }
}
