package org.sitrep.eval;

/**
 * One gold source or target of a PLOVER record.
 *
 * @param text   the actor's words in the sentence ("Libya", "U.N. Security Council"), or "" when the record has none
 * @param code   its CAMEO-style code ("LBY", "IGO", "SYRMIL"), or "" when none
 * @param sector its sector or role ("GOV", "MIL", "REBkur"), or "" when none; "***" marks an unknown sector
 */
public record PloverActor(String text, String code, String sector) {}
