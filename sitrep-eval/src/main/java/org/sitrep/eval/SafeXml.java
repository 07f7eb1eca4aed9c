package org.sitrep.eval;

import javax.xml.stream.XMLInputFactory;

/** The StAX factory the gold readers share: text coalesced, no DTDs, no external entities (gold files are not trusted code). */
final class SafeXml {
    private SafeXml() {}

    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
