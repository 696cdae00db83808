package org.kamcomp.web.session;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Signs the user out of the application and of Keycloak: the OIDC client has no logout setting, so
 * this ends the local session and sends the browser to the provider's end-session endpoint, which
 * returns it to the signed-out page.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String idToken = null;
    String issuer = null;
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> principal) {
      var context = principal.getOidcSecurityContext();
      idToken = context.getIDTokenString();
      issuer = context.getToken().getIssuer();
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    request.logout();
    String signedOut =
        request.getScheme()
            + "://"
            + request.getServerName()
            + ":"
            + request.getServerPort()
            + request.getContextPath()
            + "/signed-out.html";
    if (issuer == null) {
      response.sendRedirect(signedOut);
      return;
    }
    response.sendRedirect(
        issuer
            + "/protocol/openid-connect/logout?post_logout_redirect_uri="
            + URLEncoder.encode(signedOut, StandardCharsets.UTF_8)
            + (idToken == null
                ? ""
                : "&id_token_hint=" + URLEncoder.encode(idToken, StandardCharsets.UTF_8)));
  }
}
