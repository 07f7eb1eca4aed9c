package org.sitrep.model;

/**
 * How an event counts in the datasets analysts use beside PLOVER.
 *
 * @param cameo        the CAMEO event code ("190", "0874")
 * @param quadClass    CAMEO QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein    the Goldstein score of the code, -10 (most conflictual) to +10
 * @param acledType    ACLED event type ("Explosions/Remote violence"), or null where none fits
 * @param acledSubType ACLED sub-event type ("Air/drone strike"), or null where none fits
 * @param acledActor1  ACLED's category of the source ("State forces", "Rebel groups", "Political militia", "Identity
 *                     militia", "Rioters", "Protesters", "Civilians", "External/Other forces"), or null
 * @param acledActor2  ACLED's category of the target, or null
 */
public record EventCoding(String cameo, int quadClass, double goldstein, String acledType, String acledSubType,
                          String acledActor1, String acledActor2) {
    public EventCoding(String cameo, int quadClass, double goldstein, String acledType, String acledSubType) {
        this(cameo, quadClass, goldstein, acledType, acledSubType, null, null);
    }

    public EventCoding {
        if (cameo == null || !cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("A CAMEO code is 2 to 4 digits, got " + cameo);
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass is 1 to 4, got " + quadClass);
        }
    }

    /** The same coding with another ACLED type and sub-event type. */
    public EventCoding withAcled(String type, String subType) {
        return new EventCoding(cameo, quadClass, goldstein, type, subType, acledActor1, acledActor2);
    }

    /** The same coding with ACLED actor categories. */
    public EventCoding withAcledActors(String actor1, String actor2) {
        return new EventCoding(cameo, quadClass, goldstein, acledType, acledSubType, actor1, actor2);
    }
}
