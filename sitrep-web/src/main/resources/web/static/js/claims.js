/*
 * Claims board (/claims): groups of linked claims from /api/claims, who asserts and who denies (by role), anonymous
 * sources marked, outlets and dates, the links between the claims, and a way to each claim's span in its article.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  'use strict';
  const S = window.Sitrep;
  const el = S.el;
  const PARAMS = ['actor', 'since', 'contested', 'all', 'first', 'page'];
  const SIZE = 20;

  S.nav('claims');
  S.setTitle('Claims board');
  const root = S.main();
  let state = S.readParams(PARAMS);

  const form = el('form', { class: 'filters panel' });
  const summary = el('p', { class: 'summary-line', id: 'claims-summary' });
  const board = el('section', { id: 'board', 'aria-label': 'Claim groups' });
  const pagerBox = el('div');
  root.append(el('h1', null, 'Claims board'), form, summary, board, pagerBox);

  function buildForm() {
    S.fill(form,
      S.field('Actor', 'actor', state.actor, { placeholder: 'country:usa or a name' }),
      S.field('Since', 'since', state.since, { type: 'date' }),
      S.field('contested only', 'contested', state.contested, { type: 'checkbox' }),
      S.field('also unlinked claims', 'all', state.all, { type: 'checkbox' }),
      // "first" is the page's own setting (not the API's): contested groups first, on unless switched off.
      el('label', { class: 'check' }, el('input', { type: 'checkbox', id: 'contested-first', checked: state.first !== 'no',
        on: { change: (e) => { state.first = e.target.checked ? '' : 'no'; S.writeParams(state, false); draw(); } } }), 'contested first'),
      el('button', { class: 'btn', type: 'submit' }, 'Show'));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const v = S.formValues(form);
    state = { actor: v.actor, since: v.since, contested: v.contested, all: v.all, first: state.first, page: '' };
    S.writeParams(state, true);
    run();
  });
  window.addEventListener('popstate', () => {
    state = S.readParams(PARAMS);
    buildForm();
    run();
  });

  let last = null;

  async function run() {
    S.ready('loading');
    S.fill(board, S.loading('Reading the claims…'));
    S.clear(pagerBox);
    S.clear(summary);
    try {
      last = await S.api('/api/claims', { actor: state.actor, since: state.since, contested: state.contested, all: state.all, page: state.page, size: SIZE });
    } catch (e) {
      last = null;
      S.fill(board, S.errorBox(e, 'The claims could not be read'));
      S.ready('error');
      return;
    }
    draw();
    S.ready();
  }

  function who(c) {
    const name = c.source || 'unnamed source';
    return el('span', { class: 'who' }, c.anonymous ? S.badge('anonymous', 'anon') : null, c.actor ? S.actorLink(c.actor, name) : name);
  }

  function claimCard(c, ref) {
    return el('div', { class: ['claim', c.anonymous ? 'anonymous' : null], data: { id: c.id, role: c.role }, id: null },
      el('div', null, el('span', { class: 'ref' }, ref), who(c), ' ', S.badge(c.stance || c.role || '?', c.role === 'asserts' || c.role === 'denies' ? 'role-' + c.role : null),
        c.cue ? el('span', { class: 'muted' }, ' ' + c.cue) : null),
      el('div', { class: 'content' }, '“' + (c.content || '') + '”'),
      el('div', { class: 'meta' }, [c.outlet, c.published || 'undated'].filter(Boolean).join(' · '), ' · ',
        el('a', { href: S.paths.span(c.id) }, c.title ? 'in “' + c.title + '”' : 'in its article')));
  }

  function column(cls, title, cards) {
    return el('div', { class: ['side-col', cls], data: { role: cls } }, el('h4', null, title + ' (' + cards.length + ')'),
      cards.length ? cards : S.empty('nobody'));
  }

  function group(g, index) {
    const claims = g.claims || [];
    const refs = new Map(claims.map((c, i) => [c.id, '#' + (i + 1)]));
    const asserts = claims.filter((c) => c.role === 'asserts');
    const denies = claims.filter((c) => c.role === 'denies');
    const other = claims.filter((c) => c.role !== 'asserts' && c.role !== 'denies');
    const outlets = [...new Set(claims.map((c) => c.outlet).filter(Boolean))];
    const days = claims.map((c) => c.published).filter(Boolean).sort();
    const articles = new Set(claims.map((c) => c.article));
    // The proposition: what is denied when someone denies it (a denial restates it), else the most linked claim.
    const degree = (c) => (g.links || []).filter((l) => l.from === c.id || l.to === c.id).length;
    const hub = claims.slice().sort((a, b) => degree(b) - degree(a))[0];
    const headline = ((g.contested && denies[0]) || hub || {}).content || '';
    const links = (g.links || []).map((l) => el('li', null,
      el('span', { class: 'ref' }, refs.get(l.from) || '?'), el('span', { class: 'link-' + l.type }, l.type), ' ',
      el('span', { class: 'ref' }, refs.get(l.to) || '?'),
      el('span', { class: 'muted' }, (typeof l.score === 'number' ? ' ' + l.score.toFixed(2) : '') + ((l.evidence || []).length ? ' — ' + l.evidence.join('; ') : ''))));
    const cols = [column('asserts', 'Asserts', asserts.map((c) => claimCard(c, refs.get(c.id)))),
      column('denies', 'Denies', denies.map((c) => claimCard(c, refs.get(c.id))))];
    if (other.length) {
      cols.push(column('other', 'Other stances', other.map((c) => claimCard(c, refs.get(c.id)))));
    }
    return el('article', { class: ['group', g.contested ? 'is-contested' : null], data: { contested: g.contested ? 'true' : 'false', index } },
      el('div', { class: 'group-head' }, g.contested ? S.badge('contested', 'contested') : S.badge('agreed')),
      el('h2', null, '“' + headline + '”'),
      el('p', { class: 'meta muted small' }, S.plural(claims.length, 'claim') + ' in ' + S.plural(articles.size, 'article')
        + (outlets.length ? ' · ' + outlets.join(', ') : '') + (days.length ? ' · ' + (days[0] === days[days.length - 1] ? days[0] : days[0] + ' to ' + days[days.length - 1]) : '')),
      el('div', { class: ['sides', other.length ? 'with-other' : null] }, cols),
      links.length ? el('div', null, el('h3', null, 'Links'), el('ul', { class: 'links' }, links)) : null);
  }

  function draw() {
    if (!last) {
      return;
    }
    const groups = (last.groups || []).slice();
    if (state.first !== 'no') {
      groups.sort((a, b) => (b.contested ? 1 : 0) - (a.contested ? 1 : 0)); // stable: keeps the API's order within each
    }
    const page = last.page || 1;
    const pages = Math.max(1, Math.ceil((last.total || 0) / (last.size || SIZE)));
    const contested = groups.filter((g) => g.contested).length;
    S.fill(summary, S.plural(last.total || 0, 'group') + (groups.length ? ' · ' + contested + ' contested on this page' : '')
      + (last.total ? ' · page ' + page + ' of ' + pages : ''));
    S.fill(board, groups.length ? groups.map(group)
      : S.empty(state.contested ? 'Nothing here yet: no group of claims is contested.' : 'Nothing here yet: no claims are linked. Tick “also unlinked claims” to see single claims.'));
    S.clear(pagerBox);
    if (last.total > 0) {
      pagerBox.append(S.pager(page, pages, (p) => {
        state = Object.assign({}, state, { page: p === 1 ? '' : String(p) });
        S.writeParams(state, true);
        run();
        window.scrollTo(0, 0);
      }));
    }
  }

  buildForm();
  run();
})();
