package org.inclusim.model;

import java.io.Serializable;

/** A first-in first-out queue of ids (a ring buffer that doubles when full). */
final class IdQueue implements Serializable {
    private static final long serialVersionUID = 1L;

    private int[] ids = new int[16];
    private int head;
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void add(int id) {
        if (size == ids.length) {
            int[] wider = new int[ids.length * 2];
            int first = ids.length - head;
            System.arraycopy(ids, head, wider, 0, first);
            System.arraycopy(ids, 0, wider, first, head);
            ids = wider;
            head = 0;
        }
        ids[(head + size++) % ids.length] = id;
    }

    /** The first id; the queue must not be empty. */
    int peek() {
        if (size == 0) {
            throw new IllegalStateException("the queue is empty");
        }
        return ids[head];
    }

    /** Removes and returns the first id; the queue must not be empty. */
    int poll() {
        int id = peek();
        head = (head + 1) % ids.length;
        size--;
        return id;
    }
}
