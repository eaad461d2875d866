package vn.lienthong.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** From {@code effectiveDate} on, the unit {@code predecessorCode} lives on in {@code successorCode} (a merger or re-coding). */
@Entity
@Table(name = "unit_succession")
public class UnitSuccession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "predecessor_code")
    private String predecessorCode;

    @Column(name = "successor_code")
    private String successorCode;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    protected UnitSuccession() {
    }

    public UnitSuccession(String predecessorCode, String successorCode, LocalDate effectiveDate) {
        this.predecessorCode = predecessorCode;
        this.successorCode = successorCode;
        this.effectiveDate = effectiveDate;
    }

    public String getPredecessorCode() {
        return predecessorCode;
    }

    public String getSuccessorCode() {
        return successorCode;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }
}
