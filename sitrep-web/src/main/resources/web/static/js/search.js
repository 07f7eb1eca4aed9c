/*
 * Search page (/): query box and filters kept in the address, facet counts to click, results with highlighted
 * snippets, paging; the store's counts when nothing is asked yet.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  'use strict';
  const S = window.Sitrep;
  const el = S.el;
  const PARAMS = ['q', 'kind', 'type', 'actor', 'place', 'stance', 'since', 'until', 'page'];
  const FILTERS = ['kind', 'type', 'actor', 'place', 'stance', 'since', 'until'];
  /** Facet dimensions in the order shown, with the filter each sets (null: counted only, no filter). */
  const FACETS = [['kind', 'Kind', 'kind'], ['type', 'Event type', 'type'], ['actor', 'Actor', 'actor'], ['place', 'Place', 'place'],
    ['stance', 'Claim stance', 'stance'], ['outlet', 'Outlet', null]];
  const KINDS = [['', 'any kind'], ['article', 'articles'], ['claim', 'claims'], ['event', 'events'], ['link', 'links']];
  const SIZE = 20;

  S.nav('search');
  S.setTitle('Search');
  const root = S.main();
  let state = S.readParams(PARAMS);
  /** value → label of the last facets seen, to name the active filters. */
  const labels = {};

  const form = el('form', { class: 'filters panel', role: 'search' });
  const statsBox = el('section', { class: 'panel', 'aria-label': 'Store' });
  const facetsBox = el('aside', { class: 'facets panel', 'aria-label': 'Facets' });
  const resultsBox = el('section', { 'aria-label': 'Results' });
  root.append(el('h1', null, 'Search the news'), form, statsBox, el('div', { class: 'search-layout' }, facetsBox, resultsBox));

  function buildForm() {
    S.fill(form,
      S.field('Query', 'q', state.q, { type: 'search', placeholder: 'words, "a phrase", title:ceasefire…', class: 'q' }),
      S.field('Kind', 'kind', state.kind, { choices: KINDS }),
      S.field('Event type', 'type', state.type, { placeholder: 'ASSAULT' }),
      S.field('Actor', 'actor', state.actor, { placeholder: 'org:hezbollah or a name' }),
      S.field('Place', 'place', state.place, { placeholder: 'geonames:… or a name' }),
      S.field('Stance', 'stance', state.stance, { placeholder: 'deny' }),
      S.field('Since', 'since', state.since, { type: 'date' }),
      S.field('Until', 'until', state.until, { type: 'date' }),
      el('button', { class: 'btn', type: 'submit' }, 'Search'));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state = Object.assign(S.formValues(form), { page: '' });
    go(true);
  });
  window.addEventListener('popstate', () => {
    state = S.readParams(PARAMS);
    buildForm();
    run();
  });

  function go(push) {
    S.writeParams(state, push);
    buildForm();
    run();
  }

  function setFilter(name, value) {
    state = Object.assign({}, state, { [name]: value, page: '' });
    go(true);
  }

  function isBlank() {
    return !state.q && FILTERS.every((f) => !state[f]);
  }

  async function run() {
    S.ready('loading');
    S.fill(resultsBox, S.loading('Searching…'));
    statsBox.classList.toggle('hidden', !isBlank());
    let r;
    try {
      r = await S.api('/api/search', Object.assign({}, state, { size: SIZE }));
    } catch (e) {
      S.fill(resultsBox, S.errorBox(e, 'The search failed'));
      S.clear(facetsBox);
      S.ready('error');
      return;
    }
    for (const [dim] of FACETS) {
      for (const f of (r.facets && r.facets[dim]) || []) {
        labels[dim + '\u0000' + f.value] = f.label;
      }
    }
    showFacets(r.facets || {});
    showResults(r);
    if (isBlank()) {
      await showStats();
    }
    S.ready();
  }

  /** An actor's name from the facets seen (ids differ in case between the store's counts and the records). */
  function actorName(id) {
    const want = 'actor\u0000' + String(id).toLowerCase();
    for (const [k, v] of Object.entries(labels)) {
      if (k.toLowerCase() === want) {
        return v;
      }
    }
    return S.actorLabel(id);
  }

  async function showStats() {
    S.fill(statsBox, S.loading('Counting the store…'));
    try {
      const s = await S.api('/api/stats');
      const kinds = Object.entries(s.records || {});
      const total = kinds.reduce((n, [, c]) => n + c, 0);
      const cards = kinds.map(([k, n]) => el('div', { class: 'stat', data: { kind: k } }, el('span', { class: 'n' }, S.number(n)),
        el('span', { class: 'l' }, k + (n === 1 ? '' : 's'))));
      const top = (s.topActors || []).map((a) => el('li', null, S.actorLink(a.id, actorName(a.id)), ' ', el('span', { class: 'muted' },
        S.number(a.records))));
      S.fill(statsBox, el('h2', null, 'In the store'),
        total === 0 ? S.empty('Nothing here yet: the store is empty. Ingest articles with sitrep ingest or POST /api/ingest.')
          : el('div', { class: 'stats' }, cards),
        top.length ? el('div', { class: 'top-actors' }, el('h3', null, 'Most mentioned actors'), el('ol', { class: 'inline-list' }, top)) : null);
    } catch (e) {
      S.fill(statsBox, S.errorBox(e, 'The store counts could not be read'));
    }
  }

  function showFacets(facets) {
    const sections = [];
    for (const [dim, title, param] of FACETS) {
      const values = facets[dim] || [];
      const items = values.map((f) => {
        const active = param && state[param] === f.value;
        const body = [el('span', { class: 'label' }, f.label || f.value), el('span', { class: 'count' }, S.number(f.count))];
        return el('li', null, param
          ? el('button', { type: 'button', class: ['facet', active ? 'active' : null], title: f.value, 'aria-pressed': active ? 'true' : 'false',
            data: { facet: dim, value: f.value }, on: { click: () => setFilter(param, active ? '' : f.value) } }, body)
          : el('span', { class: 'facet static', data: { facet: dim, value: f.value } }, body));
      });
      if (items.length) {
        sections.push(el('section', { data: { dimension: dim } }, el('h3', null, title), el('ul', null, items)));
      }
    }
    S.fill(facetsBox, sections.length ? sections : S.empty('No facets: nothing matches.'));
  }

  function activeFilters() {
    const chips = [];
    for (const f of FILTERS) {
      if (state[f]) {
        const label = labels[f + '\u0000' + state[f]] || state[f];
        chips.push(el('span', { class: 'chip' }, f + ': ' + label,
          el('button', { type: 'button', 'aria-label': 'Remove the ' + f + ' filter', on: { click: () => setFilter(f, '') } }, '×')));
      }
    }
    return chips.length ? el('div', { class: 'active-filters' }, chips) : null;
  }

  function showResults(r) {
    const page = r.page || 1;
    const pages = Math.max(1, r.pages || 0);
    const summary = el('p', { class: 'summary-line', id: 'result-count' }, S.plural(r.total || 0, 'result'),
      state.q ? ' for “' + state.q + '”' : '', r.total > 0 ? ' · page ' + page + ' of ' + pages : '');
    const hits = (r.hits || []).map(result);
    S.fill(resultsBox, activeFilters(), summary,
      hits.length ? el('ol', { class: 'results' }, hits)
        : S.empty(isBlank() ? 'Nothing here yet: the store holds no records.' : 'Nothing matches; remove a filter or change the query.'),
      r.total > 0 ? pager(page, pages) : null);
  }

  function pager(page, pages) {
    return S.pager(page, pages, (p) => {
      state = Object.assign({}, state, { page: p === 1 ? '' : String(p) });
      go(true);
      window.scrollTo(0, 0);
    });
  }

  function snippet(h) {
    const s = h.snippet || {};
    if (s.text) {
      return el('div', { class: 'snippet' }, S.marked(s.text, s.marks));
    }
    return h.summary ? el('div', { class: 'snippet' }, h.summary) : null;
  }

  function result(h) {
    const rec = h.record || {};
    const badges = [S.badge(h.kind, 'kind-' + h.kind)];
    const meta = [];
    let href;
    let title = h.title || '(untitled)';
    let extra = null;
    if (h.kind === 'article') {
      href = S.paths.article(h.id);
      if (typeof rec.entities === 'number') {
        meta.push(S.plural(rec.entities, 'entity', 'entities') + ', ' + S.plural(rec.claims, 'claim') + ', ' + S.plural(rec.events, 'event'));
      }
    } else if (h.kind === 'claim') {
      href = S.paths.span(h.id);
      if (rec.stance) {
        badges.push(S.badge(rec.stance));
      }
      const src = rec.source || {};
      extra = el('div', { class: 'meta' }, src.anonymous ? S.badge('anonymous', 'anon') : null, 'Source: ',
        src.actor ? S.actorLink(src.actor, src.description || (src.span && src.span.text)) : (src.description || (src.span && src.span.text) || 'unnamed'));
    } else if (h.kind === 'event') {
      href = S.paths.span(h.id);
      if (rec.type) {
        badges.push(S.badge(rec.type));
      }
      if (rec.context && rec.context !== 'asserted') {
        badges.push(S.badge(rec.context));
      }
      const side = (p) => (p ? (p.actor ? S.actorLink(p.actor, p.span && p.span.text) : (p.span && p.span.text) || '?') : '—');
      extra = el('div', { class: 'meta' }, side(rec.source), ' → ', side(rec.target), rec.date && rec.date.value ? ' · ' + rec.date.value : '');
    } else if (h.kind === 'link') {
      href = S.paths.span(rec.from || h.article);
      title = 'A claim that ' + (rec.type || 'links to') + ' another';
      if (rec.type) {
        badges.push(S.badge(rec.type));
      }
      extra = el('div', { class: 'meta' }, 'to ', rec.to ? el('a', { href: S.paths.span(rec.to) }, 'the claim it ' + (rec.type || 'links to')) : '?',
        (rec.evidence || []).length ? ' · ' + rec.evidence.join('; ') : '');
    } else {
      href = S.paths.article(h.article || h.id);
    }
    if (h.published) {
      meta.push(h.published);
    }
    if (h.outlet) {
      meta.push(h.outlet);
    }
    return el('li', { class: 'result', data: { kind: h.kind, id: h.id } },
      el('div', { class: 'title' }, badges, el('a', { href }, title)),
      snippet(h), extra,
      meta.length ? el('div', { class: 'meta' }, meta.join(' · ')) : null);
  }

  buildForm();
  run();
})();
