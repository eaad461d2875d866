package vn.lienthong.minutes.entity;

/** Where a task of a conclusion stands: being worked on, or reported done by its lead unit. */
public enum TaskStatus {
    OPEN, DONE
}
