package org.sitrep.testkit;

/**
 * One invented wire story as different sites run it, for the story-grouping tests: the agency's text, a syndicated
 * copy with another site's furniture and one edited sentence, an article written separately on the same events, and
 * an unrelated article. Paragraphs are separated by blank lines.
 */
public final class WireCopies {
    /** The wire story, as the agency sends it to every subscriber. */
    public static final String WIRE = String.join("\n\n",
            "A convoy of forty trucks carrying flour and medicine reached the southern port of Tyre on Wednesday, the United Nations said, "
                    + "the first delivery to the city in three weeks.",
            "The trucks crossed at the Naqoura checkpoint after a six-hour delay while inspectors searched every vehicle, "
                    + "a spokesman for the World Food Programme told reporters in Beirut.",
            "Local officials said the aid would feed about twelve thousand families for a fortnight, but warned that fuel for the "
                    + "city's bakeries and water pumps was running out.",
            "The army said it had reopened the coastal road for four hours a day to let convoys through, and that engineers were "
                    + "repairing two bridges damaged in the fighting.",
            "Aid agencies have asked for a permanent corridor, saying that deliveries which depend on daily permission cannot be "
                    + "planned, and that stocks in warehouses near Sidon would last less than a week.");

    /** The same story on another site: its own header and footer lines, one sentence edited. */
    public static final String SYNDICATED = "Home | World | Middle East\n\nBy Staff Writer, with wire reports\n\n"
            + WIRE.replace("told reporters in Beirut", "said in a statement on Wednesday evening")
            + "\n\nRelated: Fuel prices rise again across the region\n\nSign up for our morning briefing";

    /** Another article on the same events, written separately: it names the same places and agency but is no copy. */
    public static final String SAME_TOPIC = String.join("\n\n",
            "Bakeries in Tyre closed for a second day on Thursday as diesel ran short, residents said, a day after a United Nations "
                    + "convoy brought flour into the city.",
            "\"We have flour now but no fuel to bake it,\" said a baker in the old market, who asked not to be named.",
            "The World Food Programme said it was seeking permission for a fuel convoy and hoped to send one early next week.");

    /** A different story altogether. */
    public static final String UNRELATED = String.join("\n\n",
            "Negotiators from both delegations met in Doha on Thursday and agreed to resume talks on a prisoner exchange next week, "
                    + "the foreign ministry said.",
            "The mediator said the sides had narrowed their differences over the number of detainees to be freed in a first phase.");

    private WireCopies() {}
}
