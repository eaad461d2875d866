package vn.lienthong.scheduling.control;

/**
 * "Every unit of {@code level} anywhere below {@code code}", e.g. all communes (level 3) of the province 94.
 */
public record TierSelector(String code, int level) {
}
