package org.inclusim.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javax.swing.SwingUtilities;
import org.inclusim.gui.InclusionModelWithUI;
import org.inclusim.scenario.Scenario;
import org.inclusim.observe.RunOutcomes;
import org.inclusim.scenario.ScenarioLoader;
import org.inclusim.scenario.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sim.display.Console;

/**
 * {@code inclusim gui}: MASON's Console with the model, for exploring. The command returns only
 * when the Console is closed, which ends the program (MASON exits when its last Console closes).
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Explore a scenario in MASON's GUI (needs a graphical display).",
                "Watch the agents, change parameters, see the charts move, and compare two variants side by",
                "side with the same seed."})
final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", defaultValue = "scenarios/baseline.yaml",
            description = "Scenario YAML file (default: ${DEFAULT-VALUE}).")
    Path scenarioFile;

    @Option(names = "--variant", paramLabel = "NAME", description = "Variant to run (default: the baseline).")
    String variant;

    @Option(names = "--side-by-side", paramLabel = "NAME",
            description = "Another variant to run in lockstep with the same seed, in a second display and the same charts.")
    String sideBySide;

    @Option(names = "--seed", paramLabel = "N", description = "Scenario seed (overrides the file's 'seed'), as for 'run'.")
    Long seed;

    @picocli.CommandLine.Mixin
    LanguageOption language;

    @Override
    public Integer call() throws Exception {
        Scenario loaded = new ScenarioLoader(RunOutcomes.COLUMNS).load(scenarioFile);
        Scenario scenario = seed == null ? loaded : loaded.withSeed(seed);
        Variant chosen = RunCommand.chooseVariant(scenario, variant);
        Variant compared = sideBySide == null ? null : chooseComparison(scenario, chosen);
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("no graphical display: the GUI needs one (set DISPLAY, or run under Xvfb)");
        }
        checkDisplayOpens();
        org.inclusim.gui.GuiText.use(language.choose(scenario.language()));
        SwingUtilities.invokeAndWait(() -> {
            InclusionModelWithUI gui = new InclusionModelWithUI(scenario, chosen, compared, new SingleRunRecipes());
            Console console = new Console(gui);
            gui.placeConsole(console);
            console.setVisible(true);
        });
        new CountDownLatch(1).await();
        return 0;
    }

    /** DISPLAY may name a display that is not there: say so in one line instead of AWT's stack trace. */
    private static void checkDisplayOpens() {
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
        } catch (java.awt.AWTError | java.awt.HeadlessException e) {
            throw new UserError("cannot open the graphical display " + System.getenv("DISPLAY") + " (" + e.getMessage()
                    + "): start it, or run under Xvfb");
        }
    }

    private Variant chooseComparison(Scenario scenario, Variant chosen) {
        if (sideBySide.equals(chosen.name())) {
            throw new UserError("--side-by-side " + sideBySide + ": choose a variant other than " + chosen.name());
        }
        return RunCommand.variantNamed(scenario, "--side-by-side", sideBySide);
    }
}
