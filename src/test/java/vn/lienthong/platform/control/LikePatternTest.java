package vn.lienthong.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void theUsersWildcardsAreSearchedForLiterally() {
        assertEquals("%50!% !_a!!b%", LikePattern.containing("50% _a!b"));
    }

    @Test
    void aPrefixPatternOnlyEndsWithTheWildcard() {
        assertEquals("3157%", LikePattern.startingWith("3157"));
    }
}
