package org.inclusim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report renders in a real headless Chromium, in English and in bokmål: title and language,
 * no message key or placeholder left, every chart loaded and drawn with a size (the forest plot
 * and the costs among them), the costs section with kroner, and a screenshot; with user groups,
 * the group section.
 */
class ReportBrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final List<String> CHARTS = List.of("forest", "costs", "job_retention", "cumulative_incidence", "burnout", "mentor_pool",
            "employed_share", "state_distribution");
    /** Keys of the catalogue's families that are never legitimate page text (parameter paths such as costs.x are). */
    static final Pattern KEY = Pattern.compile("\\b(report|chart|col|summary|ratio|axis|forest|footer|methods|variants|effects|"
            + "retention|stages|table|run|describe)\\.[a-z_]+\\b");

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

    static int inclusim(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", "target/inclusim.jar"));
        command.addAll(Arrays.asList(args));
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    @Test
    void theReportRendersInAHeadlessBrowserInBothLanguages() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed here (apt-get install chromium fonts-dejavu-core); "
                + ".ci/run installs it");
        Path batch = tmp.resolve("batch");
        assertEquals(0, inclusim("batch", "scenarios/mentor-network.yaml", "--replications", "6", "--quiet", "--lang", "en",
                "--out", batch.toString()));
        Path html = batch.resolve("report.html");
        String english = rendered(html, "en");
        assertTrue(english.contains("<title>inclusim report: mentor-network</title>"), "title");
        assertTrue(english.contains("compared with no mentor network."), "summary");
        assertTrue(english.contains("Costs and budget effects") && english.contains("NOK"), "costs in kroner");
        assertTrue(english.contains("What each variant changes"), "what each variant changes");
        assertTrue(english.contains("Command:") && english.contains("inclusim batch scenarios/mentor-network.yaml"), "footer command");
        assertEquals(0, inclusim("report", batch.toString(), "--lang", "nb"));
        String norwegian = rendered(html, "nb");
        assertTrue(norwegian.contains("<title>inclusim-rapport: mentor-network</title>"), "tittel");
        assertTrue(norwegian.contains("sammenlignet med ordningen uten mentornettverk."), "sammendrag");
        assertTrue(norwegian.contains("Kostnader og budsjettvirkninger") && norwegian.contains("\u00a0kr<"), "kostnader i kroner");
        assertTrue(Pattern.compile("\\d,\\d\u00a0%").matcher(norwegian).find(), "desimalkomma i prosent");
        assertFalse(norwegian.contains("compared with"), "no English sentence in the Norwegian report");
    }

    /**
     * A batch with user groups: the page still renders in both languages, and its group section
     * compares the groups on the main outcomes, on where their users are at the horizon and on
     * each variant's effects within each group.
     */
    @Test
    void theGroupSplitRendersInAHeadlessBrowserInBothLanguages() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed here; .ci/run installs it");
        Path batch = tmp.resolve("groups");
        assertEquals(0, inclusim("batch", "scenarios/user-groups.yaml", "--replications", "3", "--quiet", "--lang", "en",
                "--out", batch.toString()));
        Path html = batch.resolve("report.html");
        String english = rendered(html, "en");
        for (String text : List.of("<h2 id=\"groups\">Outcomes by user group</h2>",
                "<h3 id=\"groups-ever_employed_share\">the share of users ever employed</h3>",
                "<h3 id=\"groups-places\">Where users are at the horizon, by group</h3>", "<th>disability benefit</th>",
                "<th>education</th>", "<tr><td>more-young-adults</td><td>young-adults</td>",
                "<h3 id=\"groups-effects\">What each variant changes for each group, compared with baseline</h3>",
                "<h4 id=\"groups-effects-2\">Group ordinary</h4>")) {
            assertTrue(english.contains(text), text);
        }
        assertEquals(0, inclusim("report", batch.toString(), "--lang", "nb"));
        String norwegian = rendered(html, "nb");
        for (String text : List.of("<h2 id=\"groups\">Resultater etter brukergruppe</h2>",
                "<h3 id=\"groups-places\">Hvor brukerne er ved slutten av perioden, etter gruppe</h3>", "<th>uføretrygd</th>",
                "<th>utdanning</th>", "<h4 id=\"groups-effects-1\">Gruppe young-adults</h4>")) {
            assertTrue(norwegian.contains(text), text);
        }
    }

    /** Loads the page in Chromium and checks what both languages share; returns the DOM. */
    private String rendered(Path html, String language) throws Exception {
        String dom = run(chromium(tmp.resolve("profile-" + language), "--dump-dom", html.toUri().toString()))
                .replace("&nbsp;", "\u00a0");
        assertTrue(dom.contains("<html lang=\"" + language + "\">"), "the page's language");
        Matcher m = Pattern.compile("data-images-loaded=\"(\\d+)\" data-images-total=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), "the page's load script ran");
        assertEquals(m.group(2), m.group(1), "every image loaded");
        assertEquals(String.valueOf(CHARTS.size()), m.group(2));
        Matcher visible = Pattern.compile("data-charts-visible=\"([^\"]*)\"").matcher(dom);
        assertTrue(visible.find(), "charts checked");
        assertEquals(CHARTS.stream().sorted().toList(), Arrays.stream(visible.group(1).split(" ")).sorted().toList(),
                "every chart drawn with a size, the forest plot and the costs among them");
        String text = dom.replaceAll("src=\"data:image/png;base64,[^\"]*\"", "");
        Matcher placeholder = Pattern.compile(".{0,60}\\{\\d\\}.{0,20}").matcher(text);
        assertFalse(placeholder.find(), "no placeholder left: " + (placeholder.find(0) ? placeholder.group() : ""));
        Matcher key = KEY.matcher(text.replaceAll("[a-z_]+\\.(csv|xlsx|md)", ""));
        assertFalse(key.find(), "no message key instead of text: " + (key.find(0) ? key.group() : ""));
        Path shot = tmp.resolve("report-" + language + ".png");
        run(chromium(tmp.resolve("shot-" + language), "--window-size=1300,2400", "--screenshot=" + shot, html.toUri().toString()));
        assertTrue(Files.size(shot) > 50_000, "a non-blank screenshot");
        return dom;
    }
}
