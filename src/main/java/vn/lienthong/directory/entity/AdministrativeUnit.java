package vn.lienthong.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.lienthong.directory.control.NameFolding;
import vn.lienthong.directory.control.UnitVersion;

/**
 * One version of an administrative unit: its name, type, level and parent from {@code validFrom} until
 * (not including) {@code validTo}. A renamed, moved or merged unit gets a new version; the old one is
 * closed, never rewritten, so meetings of the past keep the names of their day.
 */
@Entity
@Table(name = "admin_unit")
public class AdministrativeUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Column(name = "name_folded")
    private String nameFolded;

    @Column(name = "unit_type")
    private String type;

    @Column(name = "unit_level")
    private int level;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected AdministrativeUnit() {
    }

    public AdministrativeUnit(UnitVersion version) {
        this.code = version.code();
        this.name = version.name();
        this.nameFolded = NameFolding.fold(version.name());
        this.type = version.type();
        this.level = version.level();
        this.parentCode = version.parentCode();
        this.validFrom = version.validFrom();
        this.validTo = version.validTo();
    }

    /** Ends this version on {@code day}; a version cannot end before it began. */
    public void closeOn(LocalDate day) {
        if (day != null && day.isBefore(validFrom)) {
            throw new IllegalArgumentException("Unit " + code + " cannot end on " + day + " before " + validFrom);
        }
        this.validTo = day;
    }

    /**
     * Overwrites what this version says, for a list re-imported for the very day this version begins:
     * the replaced content was never valid on any day, so no history is lost.
     */
    public void correct(UnitVersion corrected) {
        if (!corrected.code().equals(code) || !corrected.validFrom().equals(validFrom)) {
            throw new IllegalArgumentException("A correction keeps the code and the first day of " + code);
        }
        this.name = corrected.name();
        this.nameFolded = NameFolding.fold(corrected.name());
        this.type = corrected.type();
        this.level = corrected.level();
        this.parentCode = corrected.parentCode();
        this.validTo = corrected.validTo();
    }

    public boolean isValidOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || day.isBefore(validTo));
    }

    public UnitVersion toVersion() {
        return new UnitVersion(id, code, name, type, level, parentCode, validFrom, validTo);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public int getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
