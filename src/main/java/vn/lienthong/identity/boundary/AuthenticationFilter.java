package vn.lienthong.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import vn.lienthong.platform.problem.Messages;
import vn.lienthong.platform.problem.Problems;

/**
 * Every API call but sign-in needs a valid bearer token: without one the answer is 401 before any
 * resource code runs. Role and unit checks (403) are made by the boundaries, which know what is asked.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Context
    ResourceInfo resource;

    @Inject
    Sessions sessions;

    @Inject
    Caller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        var locale = Messages.choose(request.getAcceptableLanguages());
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            request.abortWith(Problems.response(401, "unauthorized", locale, "auth.required"));
            return;
        }
        var identity = sessions.resolve(header.substring(BEARER.length()).trim());
        if (identity.isEmpty()) {
            request.abortWith(Problems.response(401, "unauthorized", locale, "auth.invalidToken"));
            return;
        }
        caller.signIn(identity.get());
        var original = request.getSecurityContext();
        request.setSecurityContext(new jakarta.ws.rs.core.SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return identity.get()::username;
            }

            @Override
            public boolean isUserInRole(String role) {
                return identity.get().roles().stream().anyMatch(r -> r.name().equals(role));
            }

            @Override
            public boolean isSecure() {
                return original.isSecure();
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        });
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    }
}
