package org.inclusim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The building blocks of the agent tables: columns that grow together, id lists, the id queue. */
class TableTest {
    /** A table with one column of each kind, as an agent table declares them. */
    private static final class Sample extends Table {
        final IntColumn week = column(new IntColumn(-1));
        final IntColumn count = column(new IntColumn());
        final DoubleColumn amount = column(new DoubleColumn());
        final ByteColumn flag = column(new ByteColumn());
        final LongColumn key = column(new LongColumn());
        final DoubleRecordColumn pair = column(new DoubleRecordColumn());
        final IdListColumn ids = column(new IdListColumn(2));

        Sample() {
            super(2);
        }

        int add() {
            return addRow();
        }
    }

    @Test
    void everyColumnGrowsWithTheRowsAndNewRowsHoldTheInitialValue() {
        Sample t = new Sample();
        for (int i = 0; i < 100; i++) {
            int id = t.add();
            assertEquals(i, id, "ids are consecutive from 0");
            assertEquals(-1, t.week.get(id), "a new row holds the column's initial value");
            assertEquals(0, t.count.get(id));
            t.week.set(id, i);
            t.count.add(id, 2 * i);
            t.amount.set(id, i / 2.0);
            t.flag.set(id, i % 3 == 0);
            t.key.set(id, (long) i << 40);
            t.pair.set(id, 1, -i);
            t.ids.add(id, i);
        }
        assertEquals(100, t.size());
        for (int id = 0; id < 100; id++) {
            assertEquals(id, t.week.get(id), "values survive growth");
            assertEquals(2 * id, t.count.get(id));
            assertEquals(id / 2.0, t.amount.get(id));
            assertEquals(id % 3 == 0, t.flag.isSet(id));
            assertEquals((long) id << 40, t.key.get(id));
            assertEquals(0.0, t.pair.get(id, 0));
            assertEquals(-id, t.pair.get(id, 1));
            assertEquals(1, t.ids.length(id));
            assertEquals(id, t.ids.get(id, 0));
        }
    }

    @Test
    void idListsKeepTheirEntriesWhenTheStrideWidens() {
        Sample t = new Sample();
        int a = t.add();
        int b = t.add();
        t.ids.add(b, 7);
        for (int v = 0; v < 9; v++) {
            t.ids.add(a, 10 + v);
        }
        assertEquals(9, t.ids.length(a));
        assertEquals(7, t.ids.get(b, 0), "the neighbour's list is untouched by widening");
        t.ids.removeKeepingOrder(a, 12);
        assertEquals(13, t.ids.get(a, 2), "later entries move up, in order");
        assertEquals(18, t.ids.get(a, 7));
        t.ids.removeSwapping(a, t.ids.indexOf(a, 10));
        assertEquals(18, t.ids.get(a, 0), "the last entry takes the removed one's place");
        assertEquals(7, t.ids.length(a));
        assertThrows(IllegalStateException.class, () -> t.ids.indexOf(b, 8));
    }

    @Test
    void theIdQueueIsFirstInFirstOutAcrossWrapAndGrowth() {
        IdQueue queue = new IdQueue();
        assertTrue(queue.isEmpty());
        int next = 0;
        int expected = 0;
        for (int round = 0; round < 10; round++) {
            for (int i = 0; i < 7 + round * 3; i++) {
                queue.add(next++);
            }
            for (int i = 0; i < 5 + round; i++) {
                assertEquals(expected++, queue.poll());
            }
        }
        while (!queue.isEmpty()) {
            assertEquals(expected, queue.peek());
            assertEquals(expected++, queue.poll());
        }
        assertEquals(next, expected, "every id came out once, in order");
        assertThrows(IllegalStateException.class, queue::poll);
    }
}
