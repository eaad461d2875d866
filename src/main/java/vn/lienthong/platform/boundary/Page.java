package vn.lienthong.platform.boundary;

import java.util.List;

/** One page of a longer list, with the size of the whole list. */
public record Page<T>(List<T> items, long total) {
}
