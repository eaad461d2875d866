package vn.lienthong.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.lienthong.directory.entity.AdministrativeUnit;
import vn.lienthong.directory.entity.EndpointKind;
import vn.lienthong.directory.entity.MeetingPoint;
import vn.lienthong.directory.entity.PointDetails;
import vn.lienthong.identity.control.PasswordHasher;
import vn.lienthong.identity.entity.Role;
import vn.lienthong.identity.entity.User;

/** Adds the demo meeting points and accounts that are not there yet. */
@ApplicationScoped
@Transactional
public class DemoSeeder {

    static final String PASSWORD = "demo123";

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHasher passwords;

    public boolean hasUnit(String code) {
        return em.createQuery("SELECT COUNT(u) FROM AdministrativeUnit u WHERE u.code = :code", Long.class)
                .setParameter("code", code).getSingleResult() > 0;
    }

    public int addMissingPoints(String province, LocalDate day) {
        Set<String> withPoints = new HashSet<>(em.createQuery("SELECT DISTINCT p.unitCode FROM MeetingPoint p", String.class)
                .getResultList());
        int added = 0;
        for (AdministrativeUnit unit : unitsOf(province, day)) {
            if (withPoints.contains(unit.getCode())) {
                continue;
            }
            em.persist(new MeetingPoint(unit.getCode(), pointFor(unit)));
            added++;
        }
        return added;
    }

    public int addMissingAccounts(String province, LocalDate day) {
        Set<String> existing = new HashSet<>(em.createQuery("SELECT u.username FROM User u", String.class).getResultList());
        List<User> accounts = new ArrayList<>();
        // One hash for every demo account: they share the published password anyway, and hashing
        // 245 accounts one by one at full strength would add a minute to the first start.
        String hash = passwords.hash(PASSWORD);
        accounts.add(new User("admin", "Quản trị hệ thống", "Quản trị viên", province, EnumSet.of(Role.ADMIN), hash));
        accounts.add(new User("thuky", "Nguyễn Thị Thu", "Chuyên viên Văn phòng UBND tỉnh", province,
                EnumSet.of(Role.SECRETARIAT), hash));
        accounts.add(new User("chutich", "Trần Văn Minh", "Chủ tịch UBND tỉnh", province, EnumSet.of(Role.CHAIR), hash));
        accounts.add(new User("luutru", "Lê Thị Hồng", "Văn thư lưu trữ", province, EnumSet.of(Role.ARCHIVIST), hash));
        for (AdministrativeUnit unit : unitsOf(province, day)) {
            if (unit.getLevel() == 2) {
                accounts.add(new User("huyen-" + unit.getCode(), "Văn thư " + unit.getName(), "Văn thư",
                        unit.getCode(), EnumSet.of(Role.CLERK), hash));
            } else if (unit.getLevel() == 3) {
                accounts.add(new User("xa-" + unit.getCode(), "Văn thư " + unit.getName(), "Văn thư",
                        unit.getCode(), EnumSet.of(Role.CLERK), hash));
            }
            accounts.add(new User("kythuat-" + unit.getCode(), "Kỹ thuật viên " + unit.getName(), "Kỹ thuật viên",
                    unit.getCode(), EnumSet.of(Role.TECHNICIAN), hash));
        }
        int added = 0;
        for (User account : accounts) {
            if (existing.add(account.getUsername())) {
                em.persist(account);
                added++;
            }
        }
        return added;
    }

    private List<AdministrativeUnit> unitsOf(String province, LocalDate day) {
        return em.createQuery("SELECT u FROM AdministrativeUnit u WHERE u.validFrom <= :day"
                        + " AND (u.validTo IS NULL OR u.validTo > :day) AND (u.code = :province OR u.parentCode = :province"
                        + " OR u.parentCode IN (SELECT d.code FROM AdministrativeUnit d WHERE d.parentCode = :province))"
                        + " ORDER BY u.level, u.code", AdministrativeUnit.class)
                .setParameter("day", day).setParameter("province", province).getResultList();
    }

    /** Province and district halls have room systems dialled over SIP; communes join from a browser. */
    private static PointDetails pointFor(AdministrativeUnit unit) {
        boolean roomSystem = unit.getLevel() < 3;
        int seats = switch (unit.getLevel()) {
            case 1 -> 80;
            case 2 -> 40;
            default -> 15;
        };
        return new PointDetails("Điểm cầu " + unit.getName(), "Phòng họp trực tuyến", "Trụ sở " + unit.getName(),
                seats, roomSystem ? EndpointKind.SIP : EndpointKind.BROWSER,
                roomSystem ? "sip:diemcau-" + unit.getCode() + "@hop.lienthong.local" : null, null,
                "Kỹ thuật viên " + unit.getName(), null, null, true);
    }
}
