package org.inclusim.report;

import org.inclusim.presentation.Formats;
import org.inclusim.presentation.Messages;

/** A part of report.html: what it reads (the context), where it writes (the page) and in which language. */
abstract class Section {
    final ReportContext c;
    final Html h;
    final Messages m;
    final Formats f;

    Section(ReportContext context, Html html) {
        this.c = context;
        this.h = html;
        this.m = context.messages();
        this.f = m.formats();
    }
}
