package org.inclusim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report renders in a real headless Chromium: title, summary, every image loaded, a screenshot. */
class ReportBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path tmp;

    static List<String> chromium(Path profile, String... args) {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=5000"));
        command.addAll(List.of(args));
        return command;
    }

    static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "chromium finished");
        return out;
    }

    @Test
    void theReportRendersInAHeadlessBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed here (apt-get install chromium fonts-dejavu-core); "
                + ".ci/run installs it");
        Path batch = tmp.resolve("batch");
        Process b = new ProcessBuilder("java", "-jar", "target/inclusim.jar", "batch", "scenarios/mentor-network.yaml",
                "--replications", "6", "--quiet", "--out", batch.toString()).inheritIO().start();
        assertEquals(0, b.waitFor());
        Path html = batch.resolve("report.html");
        String dom = run(chromium(tmp.resolve("p1"), "--dump-dom", html.toUri().toString()));
        assertTrue(dom.contains("<title>inclusim report: mentor-network</title>"), "title");
        assertTrue(dom.contains("compared with baseline"), "summary");
        Matcher m = Pattern.compile("data-images-loaded=\"(\\d+)\" data-images-total=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "the page's load script ran");
        assertEquals(m.group(2), m.group(1), "every image loaded");
        assertEquals("7", m.group(2));
        Path shot = tmp.resolve("report.png");
        run(chromium(tmp.resolve("p2"), "--window-size=1300,2400", "--screenshot=" + shot, html.toUri().toString()));
        assertTrue(Files.size(shot) > 50_000, "a non-blank screenshot");
    }
}
