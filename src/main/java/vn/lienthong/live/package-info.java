/**
 * The live meeting: its phase (scheduled, readiness check, live, ended), the readiness and connection of every
 * meeting point, the roll call, raised hands, the floor and show-of-hands votes. The state lives in MariaDB; every
 * change is also a numbered event that the WebSocket {@code /ws/meetings/{id}} pushes to the control-room wall and
 * the join pages after the commit.
 */
package vn.lienthong.live;
