package de.planungsportal.identity;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Where a sign-in through the OpenID provider lands. web.xml constrains this path to authenticated
 * callers, so the server's OIDC mechanism sends an anonymous browser to the provider first and back
 * here afterwards. The session then counts as signed in if the provider's user name belongs to an
 * enabled account; otherwise it is ended at once. The browser then goes on to the page the sign-in
 * page was asked for ({@link LoginView#rememberNext}). A session that asked for a {@link
 * FreshSignIn} instead goes back to the step that asked, once the answer is checked.
 */
@WebServlet(SingleSignOn.ENTRY_PATH)
public class SingleSignOnServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SingleSignOnServlet.class.getName());
  private static final String START_PAGE = "/workflow/tasks.xhtml";

  @Inject private transient SingleSignOn singleSignOn;
  @Inject private transient CurrentUser currentUser;
  @Inject private transient FreshSignIn freshSignIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!singleSignOn.isEnabled()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (currentUser.actor().isEmpty()) {
      LOG.warning(
          () ->
              "Single sign-on refused for '"
                  + SignInService.printable(currentUser.principalName().orElse(""))
                  + "': no enabled account of that name");
      // only the portal's session ends: the provider's session is none of the portal's business
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=noAccount");
      return;
    }
    HttpSession session = request.getSession();
    Optional<FreshSignIn.Request> asked = freshSignIn.pending(session);
    if (asked.isPresent()) {
      confirm(request, response, asked.get());
      return;
    }
    if (session.getAttribute(AccessFilter.SIGNED_IN_AT) == null) {
      // a fresh sign-in: a new session id defeats session fixation (the OIDC mechanism keeps the
      // id); a session that signed in earlier keeps its moment, so "sign out everywhere" ends it
      request.changeSessionId();
      AccessFilter.markSignedIn(session);
    }
    Object next = session.getAttribute(SingleSignOn.NEXT_PAGE);
    session.removeAttribute(SingleSignOn.NEXT_PAGE);
    response.sendRedirect(
        request.getContextPath()
            + (next instanceof String path && LoginView.isLocalPath(path) ? path : START_PAGE));
  }

  /** The answer to a {@link FreshSignIn}: back to the step, or out if someone else signed in. */
  private void confirm(
      HttpServletRequest request, HttpServletResponse response, FreshSignIn.Request asked)
      throws IOException, ServletException {
    String back = request.getContextPath() + asked.returnPath();
    switch (freshSignIn.complete(request, asked)) {
      case CONFIRMED -> {
        // the provider authenticated anew: a new session id, as after any sign-in
        request.changeSessionId();
        response.sendRedirect(back);
      }
      case STALE -> {
        LOG.warning(
            () ->
                "Fresh sign-in for '"
                    + SignInService.printable(asked.username())
                    + "' refused: the provider did not authenticate anew");
        response.sendRedirect(back + (back.contains("?") ? "&" : "?") + "freshSignIn=stale");
      }
      case OTHER_ACCOUNT -> {
        LOG.warning(
            () ->
                "Fresh sign-in for '"
                    + SignInService.printable(asked.username())
                    + "' answered by '"
                    + SignInService.printable(currentUser.principalName().orElse(""))
                    + "': session ended");
        // neither the one who asked nor the one who answered keeps this session
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
          session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?signedOut=otherAccount");
      }
    }
  }
}
