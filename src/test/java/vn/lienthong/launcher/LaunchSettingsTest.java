package vn.lienthong.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The run command joins a cluster only when told its name, and then only over TCP at the listed addresses. */
class LaunchSettingsTest {

    private static final String[] ARGS = {"--war=target/lien-thong.war", "--payara=payara-micro.jar", "--config=cfg"};

    @Test
    void withoutAClusterNameTheInstanceRunsAlone() {
        LaunchSettings settings = LaunchSettings.from(ARGS, Map.of());
        assertNull(settings.cluster());
        assertEquals(0, settings.embeddedDbPort(), "any free port");
    }

    @Test
    void aNamedClusterIsFoundOverTcpOnTheLoopbackByDefault() {
        LaunchSettings settings = LaunchSettings.from(ARGS, Map.of("LIENTHONG_CLUSTER", "lienthong-demo",
                "LIENTHONG_DB_PORT", "3407"));
        assertEquals(3407, settings.embeddedDbPort());
        assertEquals(List.of("--clustername", "lienthong-demo", "--clustermode", "tcpip:127.0.0.1:5910,127.0.0.1:5911",
                "--startport", "5910", "--interfaces", "127.0.0.1"), settings.cluster().payaraOptions());
    }

    @Test
    void membersPortAndInterfaceComeFromTheEnvironment() {
        LaunchSettings settings = LaunchSettings.from(ARGS, Map.of("LIENTHONG_CLUSTER", "ubnd",
                "LIENTHONG_CLUSTER_MEMBERS", "10.0.0.11:5910,10.0.0.12:5910", "LIENTHONG_CLUSTER_PORT", "5910",
                "LIENTHONG_CLUSTER_INTERFACE", "10.0.0.11"));
        assertEquals(List.of("--clustername", "ubnd", "--clustermode", "tcpip:10.0.0.11:5910,10.0.0.12:5910",
                "--startport", "5910", "--interfaces", "10.0.0.11"), settings.cluster().payaraOptions());
    }
}
