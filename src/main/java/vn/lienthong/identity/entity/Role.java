package vn.lienthong.identity.entity;

/** What a person may do; the unit they belong to says where. */
public enum Role {
    /** Runs the system: accounts, reference data, audit. */
    ADMIN,
    /** The office that books meetings and manages meeting points (văn phòng / thư ký). */
    SECRETARIAT,
    /** Chairs meetings and finalises minutes (chủ trì). */
    CHAIR,
    /** Answers invitations and takes part for a unit (văn thư). */
    CLERK,
    /** Keeps a unit's meeting point working (kỹ thuật viên). */
    TECHNICIAN,
    /** Keeps and searches the records (lưu trữ). */
    ARCHIVIST
}
