package ai.assistants.bootstrap.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Liberty servers a test configures, starts and stops itself: bootstrap/pom.xml creates them and
 * deploys the WAR, the test writes their bootstrap.properties and runs {@code bin/server}.
 */
final class OwnServers {

    static final Path LIBERTY = Path.of(System.getProperty("it.liberty.dir", "target/liberty/wlp"));

    private OwnServers() {
    }

    static Path directory(String server) {
        return LIBERTY.resolve("usr/servers/" + server);
    }

    /** {@code bin/server <action> <server>}, which must end with one of the exit codes. */
    static void run(String action, String server, Integer... acceptedExitCodes) throws Exception {
        Process process = new ProcessBuilder(LIBERTY.resolve("bin/server").toString(), action, server)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor()).as("server " + action + " " + server).isIn((Object[]) acceptedExitCodes);
    }

    /** The JVM of a started server, as its start recorded it. */
    static ProcessHandle jvm(String server) throws IOException {
        long pid = Long.parseLong(Files.readString(LIBERTY.resolve("usr/servers/.pid/" + server + ".pid")).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(server + " is not running"));
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
