package org.sitrep.eval;

import java.util.List;

/** One PLOVER gold-standard record: a sentence, its event type (in the 2021 names), and source and target codes. */
public record PloverRecord(String id, String date, String text, String type, List<String> sources, List<String> targets) {}
