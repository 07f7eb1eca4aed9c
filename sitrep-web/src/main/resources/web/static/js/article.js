/*
 * Article page (/articles/{id}): the cleaned text with entities, places, times, event triggers, claims (source, cue,
 * content) and the date's evidence highlighted by kind; a side panel listing each kind (click: scroll to the span and
 * flash it); captions apart from the text; the date and how it was determined. The text is split at every span
 * boundary and rebuilt as nested elements, so overlapping spans nest and no character is lost or repeated.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  'use strict';
  const S = window.Sitrep;
  const el = S.el;

  /** Highlight kinds: key, legend label, nesting rank (lower wraps higher when two spans cover the same characters). */
  const KINDS = [
    ['entity', 'Entities', 4], ['place', 'Places', 5], ['time', 'Times', 6], ['event', 'Event triggers', 8],
    ['source', 'Claim sources', 2], ['cue', 'Claim cues', 7], ['content', 'Claim contents', 1], ['evidence', 'Date evidence', 3],
  ];
  const RANK = Object.fromEntries(KINDS.map(([k, , r]) => [k, r]));
  RANK.subheading = 0;
  const HOW_DATED = {
    given: 'given when it was ingested (--doc-date)',
    metadata: 'from the article’s own metadata',
    inferred: 'inferred by Sitrep from the article',
    unknown: 'unknown: nothing dates the article',
  };

  S.nav(null);
  S.setTitle('Article');
  const root = S.main();
  const id = S.pathId('/articles/');

  /** Every highlighted span: {sid, kind, start, end, tip, anchor, els[]}. */
  const spans = [];

  function valid(sp, text) {
    return sp && Number.isInteger(sp.start) && Number.isInteger(sp.end) && sp.start >= 0 && sp.start < sp.end && sp.end <= text.length;
  }

  function addSpan(text, kind, sp, tip, anchor) {
    if (!valid(sp, text)) {
      return null;
    }
    const s = { sid: spans.length, kind, start: sp.start, end: sp.end, tip: tip || null, anchor: anchor || null, els: [] };
    spans.push(s);
    return s;
  }

  function compare(a, b) {
    return a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind] || a.sid - b.sid;
  }

  /**
   * The text as nodes: cut at every span boundary; each piece goes inside the elements of the spans covering it, kept
   * as a stack ordered outermost first, so a span that ends while an inner one goes on is closed and reopened around
   * what follows (a fragment). Every piece of text is appended exactly once.
   */
  function renderText(text) {
    const container = el('div', { class: 'article-text', id: 'article-text' });
    const starts = new Map();
    const points = new Set([0, text.length]);
    for (const s of spans) {
      points.add(s.start);
      points.add(s.end);
      if (!starts.has(s.start)) {
        starts.set(s.start, []);
      }
      starts.get(s.start).push(s);
    }
    const bounds = [...points].sort((a, b) => a - b);
    let active = [];
    let open = []; // [{span, node}] outermost first
    for (let i = 0; i < bounds.length - 1; i++) {
      const at = bounds[i];
      const next = bounds[i + 1];
      active = active.filter((s) => s.end > at).concat(starts.get(at) || []).sort(compare);
      let keep = 0;
      while (keep < open.length && keep < active.length && open[keep].span === active[keep]) {
        keep++;
      }
      open = open.slice(0, keep);
      for (let k = keep; k < active.length; k++) {
        const s = active[k];
        const first = s.els.length === 0;
        const node = el('span', {
          class: ['hl', 'hl-' + s.kind, first ? 'hl-start' : null],
          id: first ? s.anchor : null,
          title: s.tip,
          data: { sid: s.sid },
        });
        s.els.push(node);
        (k === 0 ? container : open[k - 1].node).appendChild(node);
        open.push({ span: s, node });
      }
      const piece = document.createTextNode(text.substring(at, next));
      (open.length ? open[open.length - 1].node : container).appendChild(piece);
    }
    return container;
  }

  function flash(sids) {
    const els = sids.flatMap((sid) => (spans[sid] ? spans[sid].els : []));
    if (!els.length) {
      return;
    }
    els[0].scrollIntoView({ block: 'center' });
    for (const e of els) {
      e.classList.remove('flash');
      void e.offsetWidth; // restart the animation
      e.classList.add('flash');
    }
  }

  function item(kind, sids, what, sub) {
    const ids = sids.filter((x) => x !== null && x !== undefined);
    return el('li', null, el('button', {
      type: 'button', class: 'item', data: { kind }, disabled: ids.length === 0,
      title: ids.length ? 'Show in the text' : 'Not in the text', on: { click: () => flash(ids) },
    }, el('span', { class: ['swatch', 'hl-' + kind] }), el('span', { class: 'what' }, what, sub ? el('span', { class: 'sub' }, sub) : null)));
  }

  function section(title, count, body, emptyText) {
    return el('details', { class: 'side-section', open: true }, el('summary', null, el('h3', null, title, el('span', { class: 'n' }, String(count)))),
      count ? body : S.empty(emptyText || 'none found'));
  }

  function sid(s) {
    return s ? s.sid : null;
  }

  function render(doc) {
    const text = typeof doc.text === 'string' ? doc.text : '';
    const actors = new Map((doc.actors || []).map((a) => [a.id, a]));
    const places = new Map((doc.places || []).map((p) => [p.id, p]));
    const actorName = (aid) => (actors.get(aid) && actors.get(aid).name) || S.actorLabel(aid);

    for (const h of doc.subheadings || []) {
      addSpan(text, 'subheading', h, 'Subheading');
    }
    const published = doc.published || {};
    const evidenceSids = (published.evidence || []).map((ev) => sid(ev.span ? addSpan(text, 'evidence', ev.span, 'Date evidence: ' + ev.says) : null));
    const entitySpans = (doc.entities || []).map((e) => {
      const place = e.place && places.get(e.place);
      const tip = [e.type, e.actor ? 'actor ' + actorName(e.actor) : null, place ? 'place ' + place.name : null].filter(Boolean).join(' · ');
      return { e, s: addSpan(text, e.place ? 'place' : 'entity', e, tip) };
    });
    const timeSpans = (doc.times || []).map((t) => ({ t, s: addSpan(text, 'time', t, t.type + ' ' + (t.value || '?')) }));
    const eventSpans = (doc.events || []).map((ev) => ({
      ev, s: addSpan(text, 'event', ev.trigger, ev.type + (ev.context && ev.context !== 'asserted' ? ' (' + ev.context + ')' : ''), S.spanAnchor(ev.id)),
    }));
    const claimSpans = (doc.claims || []).map((c) => {
      const src = c.source || {};
      const who = src.description || (src.span && src.span.text) || 'unnamed source';
      const parts = [
        addSpan(text, 'content', c.content, 'Claim (' + c.stance + ') by ' + who),
        addSpan(text, 'source', src.span, 'Source' + (src.anonymous ? ' (anonymous)' : '') + ': ' + who),
        addSpan(text, 'cue', c.cue, 'Cue: ' + c.stance),
      ].filter(Boolean);
      // The claim's anchor (…#c145) goes on whichever of its spans comes first in the text.
      const firstPart = parts.slice().sort(compare)[0];
      if (firstPart) {
        firstPart.anchor = S.spanAnchor(c.id);
      }
      return { c, sids: parts.map((p) => p.sid) };
    });
    const claimById = new Map(claimSpans.map((x) => [x.c.id, x]));

    const body = renderText(text);
    S.setTitle(doc.title || 'Untitled article');

    // Head: title, date and how it was found, outlet, source.
    const dateLine = published.date ? published.date
      : (published.notBefore || published.notAfter) ? 'between ' + (published.notBefore || '…') + ' and ' + (published.notAfter || '…') : 'undated';
    const how = [HOW_DATED[published.source] || published.source || 'unknown'];
    if (published.source === 'inferred' && typeof published.confidence === 'number') {
      how.push(' (' + Math.round(published.confidence * 100) + '% likely within 7 days)');
    }
    if (published.date && (published.notBefore || published.notAfter)) {
      how.push('; window ' + (published.notBefore || '…') + ' to ' + (published.notAfter || '…'));
    }
    const evidence = (published.evidence || []).map((ev, i) => el('li', null, ev.says || '',
      evidenceSids[i] !== null ? [' ', el('button', { type: 'button', class: 'btn secondary small', on: { click: () => flash([evidenceSids[i]]) } }, 'show')] : null));
    const meta = el('dl', { class: 'article-meta' },
      el('dt', null, 'Published'), el('dd', { id: 'published-date' }, dateLine),
      el('dt', null, 'How dated'), el('dd', { id: 'date-source' }, how),
      el('dt', null, 'Outlet'), el('dd', { id: 'outlet' }, doc.outlet || 'unknown'),
      el('dt', null, 'Source'), el('dd', { id: 'source', class: 'mono' }, doc.source || 'unknown'),
      doc.story && doc.story !== doc.id ? [el('dt', null, 'Story'), el('dd', null, 'a copy or rewrite of ', el('a', { href: S.paths.article(doc.story) }, 'the story’s first article'))] : null,
      el('dt', null, 'Language'), el('dd', null, doc.language || 'und'));

    const captions = (doc.captions || []).map((c) => el('figure', { class: 'caption' },
      el('span', { class: 'caption-text' }, c.text || ''),
      c.credit && !String(c.text || '').includes(c.credit) ? el('span', { class: 'credit' }, '(' + c.credit + ')') : null,
      c.date ? el('span', { class: 'credit' }, 'photo of ' + c.date) : null));

    const counts = {};
    for (const s of spans) {
      counts[s.kind] = (counts[s.kind] || 0) + 1;
    }
    const legend = el('div', { class: 'legend', 'aria-label': 'Highlights' }, KINDS.map(([k, label]) => el('label', { data: { kind: k } },
      el('input', { type: 'checkbox', checked: true, on: { change: (e) => body.classList.toggle('off-' + k, !e.target.checked) } }),
      el('span', { class: ['swatch', 'hl-' + k] }), label + ' ', el('span', { class: 'muted count' }, String(counts[k] || 0)))));

    const notices = (doc.notices || []).length
      ? el('div', { class: 'error' }, 'Parts of this text were not analysed: ', doc.notices.map((n) => n.stage + ': ' + n.message).join('; ')) : null;

    const mainCol = el('article', { class: 'panel' },
      el('h1', { id: 'article-title' }, doc.title || 'Untitled article'), meta,
      evidence.length ? el('details', { class: 'small' }, el('summary', null, 'What the date rests on (' + evidence.length + ')'), el('ul', { class: 'evidence' }, evidence)) : null,
      notices,
      el('h2', null, 'Captions'),
      captions.length ? el('div', { class: 'captions', id: 'captions' }, captions) : S.empty('No captions.'),
      el('h2', null, 'Text'), legend,
      text ? body : S.empty('The article has no text.'));

    // Side panel.
    const actorItems = (doc.actors || []).map((a) => {
      const first = entitySpans.find((x) => x.e.actor === a.id && x.s);
      const bits = [a.type, a.code, a.country].filter(Boolean).join(' · ');
      return el('li', { class: 'actor-line' }, el('button', { type: 'button', class: 'item', title: 'Show in the text', disabled: !first, on: { click: () => first && flash([first.s.sid]) } },
        el('span', { class: 'swatch hl-entity' })), el('span', { class: 'what' }, S.actorLink(a.id, a.name),
        el('span', { class: 'sub' }, bits + ((a.roles || []).length ? ' — ' + a.roles.join(', ') : ''))));
    });
    const groups = new Map();
    for (const x of entitySpans) {
      if (x.e.place || !x.s) {
        continue;
      }
      const key = x.e.type + '\u0000' + x.e.text;
      if (!groups.has(key)) {
        groups.set(key, { e: x.e, sids: [] });
      }
      groups.get(key).sids.push(x.s.sid);
    }
    const entityItems = [...groups.values()].map((g) => item('entity', g.sids, g.e.text + (g.sids.length > 1 ? ' ×' + g.sids.length : ''),
      g.e.type + (g.e.actor ? ' · ' + actorName(g.e.actor) : '')));
    const placeItems = (doc.places || []).map((p) => {
      const sids = entitySpans.filter((x) => x.e.place === p.id && x.s).map((x) => x.s.sid);
      return item('place', sids, p.name + (sids.length > 1 ? ' ×' + sids.length : ''),
        [p.kind, p.country, typeof p.lat === 'number' ? p.lat.toFixed(2) + ', ' + p.lon.toFixed(2) : null].filter(Boolean).join(' · '));
    });
    const timeItems = timeSpans.map(({ t, s }) => item('time', [sid(s)], t.text, t.type + ' → ' + (t.value || '?') + (t.anchor ? ' (' + t.anchor + ')' : '')));
    const side = (p) => (p ? (p.actor ? actorName(p.actor) : (p.span && p.span.text) || '?') : '—');
    const eventItems = eventSpans.map(({ ev, s }) => item('event', [sid(s)], ev.type + (ev.mode ? ' (' + ev.mode + ')' : '') + ': ' + ((ev.trigger && ev.trigger.text) || ''),
      side(ev.source) + ' → ' + side(ev.target) + ' · ' + (ev.context || '') + (ev.date && ev.date.value ? ' · ' + ev.date.value : '')
      + (ev.place && places.get(ev.place) ? ' · ' + places.get(ev.place).name : '')));
    const claimItems = claimSpans.map(({ c, sids }) => {
      const src = c.source || {};
      return item('cue', sids, [src.anonymous ? S.badge('anonymous', 'anon') : null, (src.description || (src.span && src.span.text) || 'unnamed') + ' — ' + c.stance],
        (c.content && c.content.text) || '');
    });
    const linkItems = (doc.links || []).map((l) => {
      const from = claimById.get(l.from);
      const to = claimById.get(l.to);
      const label = (x) => (x ? (x.c.source && x.c.source.description) || 'a claim' : 'a claim of another article');
      return el('li', null, el('button', { type: 'button', class: 'item', data: { kind: 'link' }, on: { click: () => flash((from ? from.sids : []).concat(to ? to.sids : [])) } },
        el('span', { class: 'what' }, label(from) + ' ', el('span', { class: 'link-' + l.type }, l.type), ' ' + label(to),
          el('span', { class: 'sub' }, (l.evidence || []).join('; ')))),
      to ? null : el('a', { href: S.paths.span(l.to), class: 'small' }, 'open the other claim'));
    });

    const sidePanel = el('aside', { class: 'side panel', 'aria-label': 'Found in the article' },
      section('Actors', actorItems.length, el('ul', { id: 'list-actors' }, actorItems)),
      section('Entities', entityItems.length, el('ul', { id: 'list-entities' }, entityItems)),
      section('Places', placeItems.length, el('ul', { id: 'list-places' }, placeItems)),
      section('Times', timeItems.length, el('ul', { id: 'list-times' }, timeItems)),
      section('Events', eventItems.length, el('ul', { id: 'list-events' }, eventItems)),
      section('Claims', claimItems.length, el('ul', { id: 'list-claims' }, claimItems)),
      section('Claim links', linkItems.length, el('ul', { id: 'list-links' }, linkItems)));

    S.fill(root, el('div', { class: 'article-layout' }, mainCol, sidePanel));
    goToHash();
    S.ready();
  }

  function goToHash() {
    const h = location.hash ? location.hash.substring(1) : '';
    if (!h) {
      return;
    }
    let target;
    try {
      target = document.getElementById(decodeURIComponent(h));
    } catch (e) {
      target = null;
    }
    if (target && target.dataset.sid !== undefined) {
      flash([Number(target.dataset.sid)]);
    }
  }

  window.addEventListener('hashchange', goToHash);

  async function load() {
    if (!id) {
      S.fill(root, S.errorBox({ status: 404, message: 'No article id in the address' }));
      S.ready('error');
      return;
    }
    try {
      render(await S.api('/api/articles/' + encodeURIComponent(id)));
    } catch (e) {
      S.fill(root, el('h1', null, 'Article'), S.errorBox(e, 'The article could not be shown'));
      S.ready('error');
    }
  }

  load();
})();
