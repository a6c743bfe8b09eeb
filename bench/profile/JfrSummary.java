import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JFR recording's CPU samples fall, as text: threads, self time, and time inclusive of callees per
 * package and per method (each counted once per sample, however deep it recurs). `jfr print` gives
 * single stacks only, and its summaries do not aggregate them.
 *
 * <pre>
 * java bench/profile/JfrSummary.java recording.jfr ["thread name part"]
 *     -Dtop=80                      lines per table
 *     -Dgrep=Class.method -Ddepth=30 the most frequent stacks through a frame instead of the tables
 * </pre>
 */
public class JfrSummary {

    public static void main(String[] args) throws Exception {
        String threadPart = args.length > 1 ? args[1] : null;
        String grep = System.getProperty("grep");
        int depth = Integer.getInteger("depth", 30);
        int top = Integer.getInteger("top", 60);
        Map<String, Integer> threads = new HashMap<>(), self = new HashMap<>(), packages = new HashMap<>(),
                methods = new HashMap<>(), stacks = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            RecordedThread thread = event.getThread("sampledThread");
            String threadName = thread == null ? "?" : String.valueOf(thread.getJavaName());
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if ((threadPart != null && !threadName.contains(threadPart)) || frames.isEmpty()) {
                continue;
            }
            samples++;
            threads.merge(threadName.replaceAll("\\d+", "N"), 1, Integer::sum);
            self.merge(method(frames.get(0)), 1, Integer::sum);
            Set<String> seenMethods = new HashSet<>(), seenPackages = new HashSet<>();
            for (RecordedFrame frame : frames) {
                if (seenMethods.add(method(frame))) {
                    methods.merge(method(frame), 1, Integer::sum);
                }
                if (seenPackages.add(packageOf(frame))) {
                    packages.merge(packageOf(frame), 1, Integer::sum);
                }
            }
            if (grep != null && frames.stream().anyMatch(frame -> method(frame).contains(grep))) {
                stacks.merge(frames.stream().limit(depth).map(JfrSummary::method)
                        .collect(Collectors.joining("\n         ")), 1, Integer::sum);
            }
        }
        System.out.println("samples " + samples);
        if (grep != null) {
            print("stacks through " + grep, stacks, samples, top);
            return;
        }
        print("threads", threads, samples, 15);
        print("self", self, samples, top);
        print("inclusive, per package", packages, samples, top);
        print("inclusive, per method", methods, samples, top);
    }

    private static String method(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The first three parts of the class's package: enough to tell EclipseLink from Weld from our own. */
    private static String packageOf(RecordedFrame frame) {
        String[] parts = frame.getMethod().getType().getName().split("\\.");
        return String.join(".", Arrays.copyOf(parts, Math.min(3, Math.max(1, parts.length - 1))));
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int lines) {
        System.out.println("== " + title);
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(lines)
                .forEach(entry -> System.out.printf("%6d %5.1f%% %s%n", entry.getValue(),
                        100.0 * entry.getValue() / samples, entry.getKey()));
    }
}
