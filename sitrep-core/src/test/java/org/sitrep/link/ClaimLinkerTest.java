package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimLink;
import org.sitrep.model.ClaimSource;
import org.sitrep.model.Document;
import org.sitrep.model.OffsetMap;
import org.sitrep.model.Span;
import org.sitrep.model.Stance;

class ClaimLinkerTest {
    private static final String TEXT = "Officials said the army shelled the depot. The ministry denied that the army shelled the depot. "
            + "Residents refuted the claim. Witnesses said the convoy was late.";

    private static Claim claim(String source, String content, Stance stance, String sentence) {
        Span s = span(source);
        return new Claim(new ClaimSource(s, null, false, source), s, span(content), stance, false, null, span(sentence));
    }

    private static Span span(String part) {
        int at = TEXT.indexOf(part);
        return Span.of(TEXT, at, at + part.length());
    }

    @Test
    void denials_and_refutations_point_at_what_they_answer() {
        Article a = new Article("x", "x", null, "t", null, List.of(), List.of(), TEXT, "en", OffsetMap.shifted(0, TEXT.length()));
        Document doc = Document.of(a).withClaims(List.of(
                claim("Officials", "the army shelled the depot", Stance.ASSERT, "Officials said the army shelled the depot."),
                claim("The ministry", "the army shelled the depot. ", Stance.DENY, "The ministry denied that the army shelled the depot."),
                claim("Residents", "the claim", Stance.REFUTE, "Residents refuted the claim."),
                claim("Witnesses", "the convoy was late", Stance.ASSERT, "Witnesses said the convoy was late.")));
        List<ClaimLink> links = new ClaimLinker().apply(doc).links();
        List<Claim> c = doc.claims();
        assertEquals(List.of(c.get(1).id() + " contradicts " + c.get(0).id(), c.get(2).id() + " contradicts " + c.get(0).id()),
                links.stream().map(ClaimLinkerTest::show).toList());
        assertTrue(links.get(1).evidence().contains("refers back: 'the claim'"), links.get(1).evidence().toString());
    }

    private static String show(ClaimLink l) {
        return l.from() + " " + l.type().name().toLowerCase(java.util.Locale.ROOT) + " " + l.to();
    }

    /** Issue 5: 400 officials saying the same thing gave 79,800 links; each claim now keeps its strongest few. */
    @Test
    void many_sources_repeating_one_content_give_a_few_links_per_claim() {
        StringBuilder sb = new StringBuilder();
        List<int[]> at = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int s = sb.length();
            sb.append("Official ").append(i).append(" said ");
            int c = sb.length();
            sb.append("the army attacked the village near Mosul");
            at.add(new int[] {s, c, sb.length()});
            sb.append(". ");
        }
        String text = sb.toString();
        List<Claim> claims = new java.util.ArrayList<>();
        for (int[] p : at) {
            Span src = Span.of(text, p[0], p[1] - 6);
            claims.add(new Claim(new ClaimSource(src, null, false, src.text()), src, Span.of(text, p[1], p[2]), Stance.ASSERT, false, null,
                    Span.of(text, p[0], p[2] + 1)));
        }
        Article a = new Article("x", "x", null, "t", null, List.of(), List.of(), text, "en", OffsetMap.shifted(0, text.length()));
        List<ClaimLink> links = new ClaimLinker().apply(Document.of(a).withClaims(claims)).links();
        assertEquals(3 * 397 + 3, links.size()); // claims 1 and 2 have fewer earlier claims to support
        List<Claim> c = Document.of(a).withClaims(claims).claims();
        assertEquals(List.of(c.get(399).id() + " supports " + c.get(398).id(), c.get(399).id() + " supports " + c.get(397).id(),
                c.get(399).id() + " supports " + c.get(396).id()), links.subList(links.size() - 3, links.size()).stream().map(ClaimLinkerTest::show).toList());
    }

    @Test
    void one_shared_word_is_no_evidence_of_a_repeat() {
        String text = "Officials said the convoy reached Tyre. Witnesses said it was in Tyre.";
        Article a = new Article("x", "x", null, "t", null, List.of(), List.of(), text, "en", OffsetMap.shifted(0, text.length()));
        Span s1 = Span.of(text, 0, 9);
        Span c1 = Span.of(text, 15, 38);
        Span s2 = Span.of(text, 40, 49);
        Span c2 = Span.of(text, 55, 69);
        Document doc = Document.of(a).withClaims(List.of(
                new Claim(new ClaimSource(s1, null, false, s1.text()), s1, c1, Stance.ASSERT, false, null, Span.of(text, 0, 39)),
                new Claim(new ClaimSource(s2, null, false, s2.text()), s2, c2, Stance.ASSERT, false, null, Span.of(text, 40, 70))));
        assertEquals(List.of(), new ClaimLinker().apply(doc).links());
    }
}
