package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.inclusim.model.parameters.Parameters;
import org.inclusim.observe.OutcomeCalculator;
import org.inclusim.observe.WeeklyObserver;
import org.inclusim.observe.WeeklyRow;
import org.junit.jupiter.api.Test;

/** A model written to a checkpoint and read back continues exactly as the original. */
class CheckpointTest {
    @Test
    void aCopyReadFromACheckpointContinuesIdentically() throws IOException, ClassNotFoundException {
        InclusionModel original = new InclusionModel(17, Parameters.defaults().with("mentors.superMentorShare", 0.5));
        original.start();
        for (int w = 0; w < 100; w++) {
            original.schedule.step(original);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(original);
        }
        InclusionModel copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (InclusionModel) in.readObject();
        }
        List<WeeklyRow> a = new ArrayList<>();
        List<WeeklyRow> b = new ArrayList<>();
        for (int w = 100; w < 260; w++) {
            original.schedule.step(original);
            copy.schedule.step(copy);
            a.add(WeeklyObserver.observe(original));
            b.add(WeeklyObserver.observe(copy));
        }
        assertEquals(a, b);
        // the copy carries DisabilityWorkRule's list of users on the benefit: work beside it keeps changing after the checkpoint
        assertTrue(a.stream().map(WeeklyRow::disabilityWithWork).distinct().count() > 1, "work beside disability benefit changes after week 100");
        assertEquals(OutcomeCalculator.compute(original), OutcomeCalculator.compute(copy));
    }
}
