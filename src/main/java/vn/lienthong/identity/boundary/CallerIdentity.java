package vn.lienthong.identity.boundary;

import java.util.Set;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.identity.entity.User;

/** The signed-in person behind a request, detached from the database. */
public record CallerIdentity(long userId, String username, String displayName, String position, String unitCode,
                             Set<Role> roles) {

    public static CallerIdentity of(User user) {
        return new CallerIdentity(user.getId(), user.getUsername(), user.getDisplayName(), user.getPosition(),
                user.getUnitCode(), user.getRoles());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
