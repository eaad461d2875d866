package vn.lienthong.media.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which units a relay bridge serves: the codes it lists, a district's communes, a prefix ending in *. */
class JanusServerTest {

    private static JanusServer bridge(String... units) {
        return new JanusServer("north", "https://north.example/janus", URI.create("http://10.0.0.2:17088/admin"),
                "s", "k", "10.0.0.2", List.of(units));
    }

    @Test
    void aListedDistrictCoversItselfAndItsCommunes() {
        JanusServer north = bridge("943");
        assertTrue(north.serves("943", "94"));
        assertTrue(north.serves("31531", "943"));
        assertFalse(north.serves("31570", "942"));
        assertFalse(north.serves("94", null), "the province is not the district's");
    }

    @Test
    void aCodeEndingInAStarCoversEveryCodeStartingWithTheRest() {
        JanusServer north = bridge("315*");
        assertTrue(north.serves("31531", "943"));
        assertFalse(north.serves("30001", "940"));
        assertFalse(bridge("31570").serves("315", null), "without a star a code is only itself");
    }
}
