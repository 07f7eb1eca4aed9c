package org.sitrep.model;

/** What kind of source a claim has, from its head noun and its resolved actor (docs/schema.md, claim source). */
public enum SourceType {
    /** A named or described office holder: "Prime Minister Mohammed Shia al-Sudani", "the minister". */
    OFFICIAL,
    /** Speaks for someone else: "a spokeswoman for Human Rights Watch", "Najib Mikati's office". */
    SPOKESPERSON,
    /** An official who is not named: "a senior diplomat", "Western officials familiar with the talks". */
    ANONYMOUS_OFFICIAL,
    /** Any other unnamed source: "two sources close to the factions", "people familiar with the matter". */
    ANONYMOUS_SOURCE,
    /** A named person with no office the text gives: "TV presenter Anne Robinson". */
    PERSON,
    /** Several people named by what they are: "critics", "the Tories and Lib Dems". */
    GROUP,
    /** An organisation or a state speaking as one: "the ministry", "Hezbollah", "Iran". */
    ORGANIZATION,
    /** A text rather than a speaker: "a US government report", "the statement", "a poll". */
    DOCUMENT,
    /** A news outlet: "Reuters", "the BBC", "the newspaper". */
    OUTLET
}
