package org.sitrep.annotate;

import java.util.Properties;

/** The CoreNLP configurations Sitrep knows, from fastest to fullest. */
public enum NlpProfile {
    /** tokenize, ssplit, pos, lemma and the single 4-class CRF; temporal expressions by SUTime on the sentences that need it. */
    FAST,
    /** CoreNLP's default English pipeline with depparse: the peer the benchmark measures against. */
    CORENLP_DEFAULT,
    /** CoreNLP's default named-entity annotators (three CRFs, rules, SUTime), lines as sentences: the NER eval's peer. */
    CORENLP_DEFAULT_NER,
    /** tokenize, ssplit, pos and lemma with CoreNLP's defaults: what SUTime needs when a user runs it alone (the timex eval's peer). */
    SUTIME_ALONE;

    Properties properties() {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "en");
        if (this == FAST) {
            // Scraped text puts each paragraph and subheading on its own line: a newline always ends a sentence.
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
            p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
            p.setProperty("ner.applyNumericClassifiers", "false");
            p.setProperty("ner.useSUTime", "false");
            p.setProperty("ner.applyFineGrained", "false");
            p.setProperty("ner.buildEntityMentions", "true");
            p.setProperty("ner.combinationMode", "NORMAL");
        } else if (this == SUTIME_ALONE) {
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        } else if (this == CORENLP_DEFAULT_NER) {
            p.setProperty("ssplit.newlineIsSentenceBreak", "always");
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        } else {
            p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        }
        return p;
    }
}
