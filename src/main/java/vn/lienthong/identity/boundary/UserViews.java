package vn.lienthong.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import vn.lienthong.directory.boundary.UnitNames;
import vn.lienthong.platform.boundary.Dates;
import vn.lienthong.identity.entity.User;

/** Builds {@link UserView}s with the name of the user's unit as it is today. */
@ApplicationScoped
public class UserViews {

    @Inject
    UnitNames unitNames;

    public UserView of(CallerIdentity who) {
        return new UserView(who.userId(), who.username(), who.displayName(), who.position(), null, who.unitCode(),
                unitNames.nameOn(who.unitCode(), LocalDate.now(Dates.VIETNAM)), who.roles(), true, null);
    }

    public UserView of(User user) {
        return new UserView(user.getId(), user.getUsername(), user.getDisplayName(), user.getPosition(),
                user.getEmail(), user.getUnitCode(), unitNames.nameOn(user.getUnitCode(), LocalDate.now(Dates.VIETNAM)), user.getRoles(),
                user.isActive(), user.getVersion());
    }
}
