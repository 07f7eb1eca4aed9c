package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BbcEventGoldTest {
    private static final String GOOD = """
            {"id":"pol-01","file":"politics/001.txt","split":"dev","sentence":"Mr Fox accused the prime minister of hiding.",\
            "events":[{"type":"ACCUSE","trigger":"accused","source":"Mr Fox","target":"the prime minister","context":"asserted"}],\
            "figurative":[{"trigger":"hiding","figurative":true}]}""";
    private static final String EMPTY = """
            {"id":"spo-01","file":"sport/002.txt","split":"test","sentence":"Arsenal beat Chelsea.","events":[],"figurative":[]}""";

    private static BbcEventGold read(String text) throws Exception {
        return BbcEventGold.read(new BufferedReader(new StringReader(text)), "gold.jsonl");
    }

    @Test
    void reads_sentences_events_and_figurative_words() throws Exception {
        BbcEventGold gold = read(GOOD + "\n\n" + EMPTY + "\n");
        assertThat(gold.items()).hasSize(2);
        BbcEventGold.Item first = gold.items().get(0);
        assertThat(first.events()).containsExactly(new BbcEventGold.GoldEvent("ACCUSE", "accused", "Mr Fox", "the prime minister", "asserted"));
        assertThat(first.figurative()).containsExactly("hiding");
        assertThat(gold.split("test")).extracting(BbcEventGold.Item::id).containsExactly("spo-01");
        assertThat(gold.split("all")).hasSize(2);
    }

    @Test
    void reports_every_bad_line_with_file_and_line() {
        String badType = GOOD.replace("\"ACCUSE\"", "\"DISAPPROVE\"").replace("pol-01", "pol-02");
        String badTrigger = GOOD.replace("\"trigger\":\"accused\"", "\"trigger\":\"blamed\"").replace("pol-01", "pol-03");
        assertThatThrownBy(() -> read(GOOD + "\n" + badType + "\n{not json\n" + badTrigger + "\n" + GOOD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gold.jsonl:2: 'pol-02': unknown PLOVER type 'DISAPPROVE'\n"
                        + "gold.jsonl:3: malformed JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name\n"
                        + "gold.jsonl:4: 'pol-03': trigger 'blamed' not in the sentence\n"
                        + "gold.jsonl:5: duplicate id 'pol-01'");
    }

    @Test
    void rejects_a_bad_split_context_and_figurative_flag() {
        assertThatThrownBy(() -> read(EMPTY.replace("\"test\"", "\"train\""))).hasMessage("gold.jsonl:1: 'spo-01': split must be dev, dev2 or test, not 'train'");
        assertThatThrownBy(() -> read(GOOD.replace("\"asserted\"", "\"maybe\""))).hasMessageStartingWith("gold.jsonl:1: 'pol-01': unknown context 'maybe'");
        assertThatThrownBy(() -> read(GOOD.replace("\"figurative\":true", "\"figurative\":false")))
                .hasMessage("gold.jsonl:1: 'pol-01': a figurative entry needs \"figurative\":true");
        assertThatThrownBy(() -> read(EMPTY.replace(",\"events\":[]", ""))).hasMessage("gold.jsonl:1: missing array field 'events'");
    }

    @Test
    void a_sentence_by_offsets_is_read_from_the_corpus_and_checked_against_its_hash() throws Exception {
        String article = "Title line\n\nThe  union\nthreatened a strike. Talks went on.";
        int start = article.indexOf("The");
        int end = article.indexOf("Talks") - 1;
        String sentence = "The union threatened a strike.";
        String line = "{\"id\":\"bus-09\",\"file\":\"business/009.txt\",\"split\":\"dev\",\"start\":" + start + ",\"end\":" + end
                + ",\"sha256\":\"" + BbcEventGold.sha256(sentence).substring(0, 16) + "\",\"events\":[{\"type\":\"THREATEN\",\"trigger\":\"threatened\","
                + "\"source\":\"The union\",\"context\":\"asserted\"}],\"figurative\":[]}";
        BbcEventGold.Corpus corpus = file -> {
            if (!file.equals("business/009.txt")) {
                throw new java.io.IOException("no such file");
            }
            return article;
        };
        BbcEventGold gold = BbcEventGold.read(new BufferedReader(new StringReader(line)), "gold.jsonl", corpus);
        assertThat(gold.items().get(0).sentence()).isEqualTo(sentence);
        BbcEventGold.Corpus changed = file -> article.replace("union", "unions");
        assertThatThrownBy(() -> BbcEventGold.read(new BufferedReader(new StringReader(line)), "gold.jsonl", changed))
                .hasMessageStartingWith("gold.jsonl:1: 'bus-09': the text at " + start + "-" + end + " of business/009.txt does not match its sha256");
        assertThatThrownBy(() -> read(line)).hasMessageStartingWith("gold.jsonl:1: 'bus-09': cannot read business/009.txt");
    }

    @Test
    void bundled_set_has_600_sentences_balanced_per_topic() {
        java.nio.file.Path corpus = java.nio.file.Path.of("../../shared/eval/bbc-news/bbc");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(corpus), "needs ../shared/eval/bbc-news");
        BbcEventGold gold = BbcEventGold.bundled(BbcEventGold.Corpus.folder(corpus));
        assertThat(gold.items()).hasSize(600);
        for (String topic : BbcSample.TOPICS) {
            assertThat(gold.split("dev")).filteredOn(i -> i.file().startsWith(topic + "/")).hasSize(35 + BbcSample.DEV2_PER_TOPIC);
            assertThat(gold.split("dev2")).filteredOn(i -> i.file().startsWith(topic + "/")).hasSize(BbcSample.DEV2_PER_TOPIC);
            assertThat(gold.split("test")).filteredOn(i -> i.file().startsWith(topic + "/")).hasSize(35);
        }
        assertThat(gold.split("dev2")).extracting(BbcEventGold.Item::file).doesNotContainAnyElementsOf(
                gold.items().stream().filter(i -> !i.split().equals("dev2")).map(BbcEventGold.Item::file).toList());
    }

    @Test
    void dev_holds_both_dev_draws_and_test_stays_apart() throws Exception {
        String dev2 = EMPTY.replace("\"test\"", "\"dev2\"").replace("spo-01", "spo2-01");
        BbcEventGold gold = read(GOOD + "\n" + EMPTY + "\n" + dev2);
        assertThat(gold.split("dev")).extracting(BbcEventGold.Item::id).containsExactly("pol-01", "spo2-01");
        assertThat(gold.split("dev2")).extracting(BbcEventGold.Item::id).containsExactly("spo2-01");
        assertThat(gold.split("test")).extracting(BbcEventGold.Item::id).containsExactly("spo-01");
    }
}
