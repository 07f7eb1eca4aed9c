package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One article and every layer the pipeline has added to it. Immutable: each stage returns a new Document with its
 * layer filled in ({@code withX}), so a stage can never see a half-built layer of a later one.
 */
public record Document(Article article, List<Sentence> sentences, List<Token> tokens, List<Mention> entities,
                       List<Actor> actors, List<Place> places, List<TimeRef> times, List<Claim> claims,
                       List<Event> events, List<ClaimLink> links, List<Notice> notices) {
    public Document {
        Objects.requireNonNull(article, "The parameter 'article' must not be null.");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        actors = List.copyOf(actors);
        places = List.copyOf(places);
        times = List.copyOf(times);
        claims = withIds(article.id(), claims);
        events = List.copyOf(events);
        links = List.copyOf(links);
        notices = List.copyOf(notices);
    }

    /** The claims, each with its stable id ({@link Ids#claim}) when it had none. */
    private static List<Claim> withIds(String articleId, List<Claim> claims) {
        List<Claim> out = new java.util.ArrayList<>(claims.size());
        for (Claim c : claims) {
            out.add(c.id() != null ? c : c.withId(Ids.claim(articleId, c.cue().start())));
        }
        return List.copyOf(out);
    }

    /** The claim with this id. */
    public java.util.Optional<Claim> claim(String id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public static Document of(Article article) {
        return new Document(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String text() {
        return article.text();
    }

    public Document withArticle(Article a) {
        return new Document(a, sentences, tokens, entities, actors, places, times, claims, events, links, notices);
    }

    public Document withAnnotations(List<Sentence> s, List<Token> t, List<Mention> e, List<TimeRef> tm) {
        return new Document(article, s, t, e, actors, places, tm, claims, events, links, notices);
    }

    public Document withTimes(List<TimeRef> tm) {
        return new Document(article, sentences, tokens, entities, actors, places, tm, claims, events, links, notices);
    }

    public Document withActors(List<Mention> e, List<Actor> a) {
        return new Document(article, sentences, tokens, e, a, places, times, claims, events, links, notices);
    }

    public Document withPlaces(List<Mention> e, List<Place> p) {
        return new Document(article, sentences, tokens, e, actors, p, times, claims, events, links, notices);
    }

    public Document withClaims(List<Claim> c) {
        return new Document(article, sentences, tokens, entities, actors, places, times, c, events, links, notices);
    }

    public Document withEvents(List<Event> ev) {
        return new Document(article, sentences, tokens, entities, actors, places, times, claims, ev, links, notices);
    }

    public Document withLinks(List<ClaimLink> l) {
        return new Document(article, sentences, tokens, entities, actors, places, times, claims, events, l, notices);
    }

    /** This document with one more notice. */
    public Document withNotice(Notice n) {
        List<Notice> all = new java.util.ArrayList<>(notices);
        all.add(n);
        return new Document(article, sentences, tokens, entities, actors, places, times, claims, events, links, all);
    }

    /** The tokens of one sentence. */
    public List<Token> tokens(Sentence s) {
        return tokens.subList(s.firstToken(), s.endToken());
    }

    public java.util.Optional<Actor> actor(String id) {
        return actors.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
