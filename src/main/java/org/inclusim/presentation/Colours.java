package org.inclusim.presentation;

import java.util.List;
import java.util.Map;

/**
 * The colours of stages, other weekly series, variants and mentor states, defined once for the GUI, the report's
 * charts and the notebooks (which read {@code notebooks/palette.json}, written from this class
 * and checked by a test). Plain RGB values; {@code gui.Palette} and the report adapt them to AWT.
 *
 * <p>Colour-blind-safe: stage colours are the Okabe-Ito palette (Okabe and Ito 2008,
 * distinguishable with protanopia, deuteranopia and tritanopia), employed always green, out of
 * work vermillion. Variants are drawn in a separate set (the comparison variant always black, then
 * Paul Tol's "muted" scheme), and no chart shows stage colours and variant colours together, so a
 * colour never means a stage in one chart and a variant in the next.
 */
public final class Colours {
    /** A colour as 8-bit red, green and blue. */
    public record Rgb(int red, int green, int blue) {
        public Rgb {
            for (int c : new int[] {red, green, blue}) {
                if (c < 0 || c > 255) {
                    throw new IllegalArgumentException("colour components are 0 to 255, was " + c);
                }
            }
        }

        static Rgb hex(String hex) {
            int v = Integer.parseInt(hex.substring(1), 16);
            return new Rgb(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
        }

        /** {@code #rrggbb}, lower case. */
        public String hex() {
            return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", red, green, blue);
        }

        /** Packed {@code 0xRRGGBB}, as {@code java.awt.Color(int)} takes it. */
        public int packed() {
            return red << 16 | green << 8 | blue;
        }
    }

    /** Stages of Model 1 and (ahead of time) the exit destinations of Model 2, by name. */
    static final Map<String, Rgb> STAGES = Map.ofEntries(
            Map.entry("referred", Rgb.hex("#999999")),
            Map.entry("seeking", Rgb.hex("#56b4e9")),
            Map.entry("in_placement", Rgb.hex("#e69f00")),
            Map.entry("employed", Rgb.hex("#009e73")),
            Map.entry("out_of_work", Rgb.hex("#d55e00")),
            Map.entry("exited", Rgb.hex("#4d4d4d")),
            Map.entry("aap", Rgb.hex("#f0e442")),
            Map.entry("disability_benefit", Rgb.hex("#cc79a7")),
            Map.entry("education", Rgb.hex("#0072b2")),
            Map.entry("work_without_nav", Rgb.hex("#117733")),
            Map.entry("other", Rgb.hex("#cccccc")));
    /**
     * Series drawn beside the stages that are not stages, by weekly.csv column:
     * {@code disability_with_work} (users on disability benefit working beside it, a part of
     * disability_benefit: a darker shade of its pink, Paul Tol's "bright" purple).
     */
    static final Map<String, Rgb> SERIES = Map.of("disability_with_work", Rgb.hex("#aa3377"));
    /** Variants in plan order: the comparison black, then Paul Tol's muted scheme. */
    static final List<Rgb> VARIANTS = List.of(Rgb.hex("#000000"), Rgb.hex("#332288"), Rgb.hex("#cc6677"),
            Rgb.hex("#44aa99"), Rgb.hex("#ddcc77"), Rgb.hex("#882255"), Rgb.hex("#88ccee"), Rgb.hex("#999933"),
            Rgb.hex("#aa4499"));
    /** Mentor states; strain runs from white through {@code strain_mid} to {@code strain_high}. */
    static final Map<String, Rgb> MENTOR_STATES = Map.of(
            "active", Rgb.hex("#ffffff"),
            "strain_mid", Rgb.hex("#f0e442"),
            "strain_high", Rgb.hex("#e69f00"),
            "stepped_back", Rgb.hex("#56b4e9"),
            "on_leave", Rgb.hex("#d55e00"),
            "quit", Rgb.hex("#999999"),
            "left", Rgb.hex("#cc79a7"));
    /** Cost items in declaration order (Paul Tol's "light" scheme, then greys). */
    static final List<Rgb> COST_ITEMS = List.of(Rgb.hex("#77aadd"), Rgb.hex("#ee8866"), Rgb.hex("#eedd88"),
            Rgb.hex("#ffaabb"), Rgb.hex("#99ddff"), Rgb.hex("#44bb99"), Rgb.hex("#bbcc33"), Rgb.hex("#aaaa00"),
            Rgb.hex("#dddddd"), Rgb.hex("#aaaaaa"), Rgb.hex("#777777"));
    private static final Rgb UNKNOWN = Rgb.hex("#777777");

    private Colours() {
    }

    /** The colour of a stage (weekly.csv / events.csv name); grey for a stage not listed. */
    public static Rgb stage(String stage) {
        return STAGES.getOrDefault(stage, UNKNOWN);
    }

    /** The colour of a series that is not a stage ({@link #SERIES}); grey for one not listed. */
    public static Rgb series(String column) {
        return SERIES.getOrDefault(column, UNKNOWN);
    }

    /** The colour of the variant at {@code index} in plan order (0 = the comparison). */
    public static Rgb variant(int index) {
        return VARIANTS.get(Math.floorMod(index, VARIANTS.size()));
    }

    /** The colour of a mentor state: {@code active}, {@code strain_mid}, {@code strain_high}, {@code stepped_back}, {@code on_leave}, {@code quit}, {@code left}. */
    public static Rgb mentorState(String state) {
        return MENTOR_STATES.getOrDefault(state, UNKNOWN);
    }

    /** The colour of the cost item at {@code index} in declaration order. */
    public static Rgb costItem(int index) {
        return COST_ITEMS.get(Math.floorMod(index, COST_ITEMS.size()));
    }

    /** Everything as JSON, for notebooks: {"stages": {...}, "series": {...}, "variants": [...], "mentor_states": {...}}. */
    public static String json() {
        StringBuilder sb = new StringBuilder("{\n  \"stages\": {");
        appendMap(sb, STAGES);
        sb.append("},\n  \"series\": {");
        appendMap(sb, SERIES);
        sb.append("},\n  \"variants\": [");
        for (int i = 0; i < VARIANTS.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(VARIANTS.get(i).hex()).append('"');
        }
        sb.append("],\n  \"mentor_states\": {");
        appendMap(sb, MENTOR_STATES);
        return sb.append("}\n}\n").toString();
    }

    private static void appendMap(StringBuilder sb, Map<String, Rgb> map) {
        List<String> keys = map.keySet().stream().sorted().toList();
        for (int i = 0; i < keys.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append('"').append(keys.get(i)).append("\": \"").append(map.get(keys.get(i)).hex()).append('"');
        }
    }
}
