package vn.lienthong.scheduling.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one row that every booking, change and approval locks before it checks conflicts: the bridge's ports are
 * shared by all meetings, so checks and writes that concern them must happen one after the other.
 */
@Entity
@Table(name = "bridge_lock")
public class BridgeLock {

    /** The id of the only row, inserted by the migration. */
    public static final int THE_BRIDGE = 1;

    @Id
    private Integer id;

    protected BridgeLock() {
    }
}
