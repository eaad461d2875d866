package vn.lienthong.identity.boundary;

import java.util.Set;
import vn.lienthong.identity.entity.Role;

/** An account as the API shows it: never with its password hash. */
public record UserView(Long id, String username, String displayName, String position, String email, String unitCode,
                       String unitName, Set<Role> roles, Boolean active, Long version) {
}
