/** The audit log: every change, who made it, when, and the record before and after. Read by administrators. */
package vn.lienthong.audit;
