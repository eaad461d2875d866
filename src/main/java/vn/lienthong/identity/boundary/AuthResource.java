package vn.lienthong.identity.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("auth")
@Tag(name = "Đăng nhập")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record LoginRequest(@NotBlank(message = "{valid.usernameRequired}") @Size(max = 60) String username,
                               @NotBlank(message = "{valid.passwordRequired}") @Size(max = 200) String password) {
    }

    public record LoginResponse(String token, Instant expiresAt, UserView user) {
    }

    @Inject
    Sessions sessions;

    @Inject
    Caller caller;

    @Inject
    UserViews views;

    @POST
    @Path("login")
    @Public
    public LoginResponse login(@NotNull(message = "{valid.bodyRequired}") @Valid LoginRequest request) {
        var signedIn = sessions.login(request.username().trim(), request.password());
        return new LoginResponse(signedIn.token(), signedIn.expiresAt(), views.of(signedIn.user()));
    }

    @POST
    @Path("logout")
    public void logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        sessions.logout(authorization.substring("Bearer ".length()).trim());
    }

    @GET
    @Path("me")
    public UserView me() {
        return views.of(caller.identity());
    }
}
