package org.inclusim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inclusim.analysis.Analysis;
import org.inclusim.analysis.SensitivityAnalysis;
import org.inclusim.analysis.ShareOutcomes;
import org.inclusim.analysis.cost.CostAnalysis;
import org.inclusim.presentation.Messages;

/**
 * Everything a report section reads: the statistics, the costs, the sensitivity indices (or
 * null), the messages of the report's language, the options, the chart files by name and what
 * each variant changes. Sections show the first design point.
 */
record ReportContext(Analysis analysis, CostAnalysis costs, SensitivityAnalysis sensitivity, Messages messages,
                     ReportOptions options, Map<String, Path> images, VariantChanges changes) {

    Map<String, Object> manifest() {
        return analysis.data().manifest();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> manifestMap(String key) {
        return manifest().get(key) instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    String scenarioName() {
        Object name = manifestMap("scenario").get("name");
        return name == null ? String.valueOf(analysis.data().folder().getFileName()) : String.valueOf(name);
    }

    /**
     * The replications the batch ran: its manifest's {@code options.replications} (the scenario's
     * value or the batch's {@code --replications}), else, for a folder without it (a single run),
     * the number of distinct replicates in runs.csv. Never the scenario file's value alone.
     */
    long replicationsRun() {
        if (manifestMap("options").get("replications") instanceof Number n) {
            return n.longValue();
        }
        var runs = analysis.data().runs();
        int column = runs.column("replicate");
        return runs.rows().stream().map(row -> row.get(column)).distinct().count();
    }

    String scenarioText(String key) {
        Object v = manifestMap("scenario").get(key);
        return v == null ? "" : String.valueOf(v);
    }

    /** A variant's plain-language label in the report's language (the scenario's {@code labels:}), or null. */
    String label(String variant) {
        if (manifest().get("variants") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> v && variant.equals(v.get("name")) && v.get("label") instanceof Map<?, ?> label) {
                    Object text = label.get(messages.language().code());
                    return text == null ? null : String.valueOf(text);
                }
            }
        }
        return null;
    }

    /** How sentences name a variant: its label if it has one, else its name. */
    String inWords(String variant) {
        String label = label(variant);
        return label == null ? variant : label;
    }

    /** A parameter's meaning in the report's language; "" if the report was made without parameter notes. */
    String parameterMeaning(String path) {
        ReportOptions.ParameterNote note = note(path);
        return note == null ? "" : messages.parameterMeaning(VariantChanges.ungrouped(path), note.meaning());
    }

    /** A parameter's unit in the report's language ({@code -} for none); "" if the report was made without parameter notes. */
    String parameterUnit(String path) {
        ReportOptions.ParameterNote note = note(path);
        return note == null ? "" : messages.parameterUnit(note.unit());
    }

    /** Where a parameter's value comes from (as declared, English); "" if the report was made without parameter notes. */
    String parameterSource(String path) {
        ReportOptions.ParameterNote note = note(path);
        return note == null ? "" : note.source();
    }

    /** A parameter's note; a user group's value ({@code groups.NAME.PATH}) has the note of {@code PATH}. */
    private ReportOptions.ParameterNote note(String path) {
        return options.parameterNotes().get(VariantChanges.ungrouped(path));
    }


    String point() {
        return analysis.data().points().get(0);
    }

    String comparison() {
        return analysis.data().baseline();
    }

    List<String> variants() {
        return analysis.data().variants();
    }

    /** The effects of the main outcomes at the first point, spending included, in headline order per variant. */
    List<Analysis.EffectRow> headlineEffects() {
        List<Analysis.EffectRow> all = new ArrayList<>(analysis.effects());
        all.addAll(costs.spendingEffects());
        List<Analysis.EffectRow> out = new ArrayList<>();
        for (String variant : variants()) {
            for (Headline h : Headline.ALL) {
                all.stream().filter(e -> e.variant().equals(variant) && e.point().equals(point()) && e.outcome().equals(h.column()))
                        .findFirst().ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * How an outcome's values are written: a headline's or a group outcome's kind, else as a share
     * for the outcomes that are shares ({@link ShareOutcomes}: survival and incidence summaries,
     * the shares at the horizon, ...), else as a rate.
     */
    Headline headline(String column) {
        return java.util.stream.Stream.concat(Headline.ALL.stream(), GroupSection.OUTCOMES.stream())
                .filter(h -> h.column().equals(column)).findFirst()
                .orElse(new Headline(column, ShareOutcomes.isShare(column) ? Headline.Kind.SHARE : Headline.Kind.RATE));
    }

    /** The effects of the given outcomes at the first point, in outcome order, then variant order. */
    List<Analysis.EffectRow> effectsOf(List<String> outcomes) {
        List<Analysis.EffectRow> rows = new ArrayList<>();
        for (String outcome : outcomes) {
            for (String v : variants().subList(1, variants().size())) {
                Analysis.EffectRow e = analysis.effect(v, point(), outcome);
                if (e != null) {
                    rows.add(e);
                }
            }
        }
        return rows;
    }
}
