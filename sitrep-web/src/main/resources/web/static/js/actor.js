/*
 * Actor page (/actors/{id}): names and aliases, code, country, type, roles over time, events as source and target,
 * claims made, and the network of actors it interacts with (Cytoscape; click a node to open its page).
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  'use strict';
  const S = window.Sitrep;
  const el = S.el;

  S.nav(null);
  S.setTitle('Actor');
  const root = S.main();
  const id = S.pathId('/actors/');

  function facts(pairs) {
    return el('dl', { class: 'facts' }, pairs.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length))
      .map(([k, v]) => [el('dt', null, k), el('dd', { data: { fact: k.toLowerCase() } }, v)]));
  }

  function side(p) {
    if (!p) {
      return '—';
    }
    if (p.id) { // an actor, as event listings carry it
      return S.actorLink(p.id, p.name);
    }
    return p.actor ? S.actorLink(p.actor, p.span && p.span.text) : ((p.span && p.span.text) || '?');
  }

  function eventRow(ev) {
    const e = ev.event || {};
    return el('tr', null,
      el('td', { class: 'date' }, ev.day || ev.published || 'undated'),
      el('td', null, el('a', { href: S.paths.span(ev.id) }, ev.type || e.type || 'event')),
      el('td', null, side(ev.source || e.source)),
      el('td', null, side(ev.target || e.target)),
      el('td', null, ev.context || e.context || ''),
      el('td', null, ev.place && ev.place.name ? ev.place.name : ''),
      el('td', null, ev.title || ''));
  }

  function claimItem(c) {
    return el('li', null, c.anonymous ? S.badge('anonymous', 'anon') : null, S.badge(c.stance || c.role || 'claim'),
      el('a', { href: S.paths.span(c.id) }, '“' + (c.content || '') + '”'),
      el('span', { class: 'muted' }, ' — ' + [c.cue, c.outlet, c.published].filter(Boolean).join(' · ')));
  }

  function network(view, selfId) {
    const net = view.network || {};
    const nodes = (net.nodes || []).filter((n) => n && n.id);
    const ids = new Set(nodes.map((n) => n.id));
    const edges = (net.edges || []).filter((e) => ids.has(e.source) && ids.has(e.target));
    const box = el('div', { class: 'network', id: 'network', 'aria-label': 'Network of interacting actors' });
    const note = el('p', { class: 'muted small', id: 'network-summary' }, S.plural(nodes.length, 'actor') + ', ' + S.plural(edges.length, 'link')
      + ' (edge width: events between the two; click an actor to open it)');
    if (!edges.length) {
      S.ready();
      return [S.empty('Nothing here yet: no events join this actor to another.')];
    }
    if (typeof window.cytoscape !== 'function') {
      S.ready();
      return [S.errorBox({ message: 'The network library did not load' })];
    }
    const maxCount = Math.max(1, ...edges.map((e) => e.count || 1));
    const maxEvents = Math.max(1, ...nodes.map((n) => n.events || 1));
    // Cytoscape draws on canvas: labels are drawn as text, never parsed as markup.
    requestAnimationFrame(() => {
      const cy = window.cytoscape({
        container: box,
        elements: [
          ...nodes.map((n) => ({ data: { id: n.id, label: n.name || S.actorLabel(n.id), size: 18 + 30 * Math.sqrt((n.events || 1) / maxEvents), self: n.id === selfId ? 1 : 0 } })),
          ...edges.map((e, i) => ({
            data: {
              id: 'e' + i, source: e.source, target: e.target, count: e.count || 1, width: 1 + 7 * (e.count || 1) / maxCount,
              label: String(e.count || 1),
            },
          })),
        ],
        style: [
          { selector: 'node', style: { 'background-color': '#5b8fc7', label: 'data(label)', width: 'data(size)', height: 'data(size)', 'font-size': 11, color: '#1d232b', 'text-valign': 'bottom', 'text-margin-y': 3 } },
          { selector: 'node[self = 1]', style: { 'background-color': '#d13c3c', 'font-weight': 'bold' } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': '#9aa9b8', 'curve-style': 'bezier', label: 'data(label)', 'font-size': 9, color: '#5c6773', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
        ],
        layout: { name: 'concentric', concentric: (n) => (n.data('self') ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 30, animate: false },
        wheelSensitivity: 0.3,
      });
      cy.on('tap', 'node', (evt) => {
        const nid = evt.target.id();
        if (nid !== selfId) {
          location.assign(S.paths.actor(nid));
        }
      });
      box.dataset.nodes = String(cy.nodes().length);
      box.dataset.edges = String(cy.edges().length);
      S.ready();
    });
    return [note, box];
  }

  function render(view) {
    const a = view.actor || {};
    S.setTitle(a.name || id);
    const ev = view.events || {};
    const cl = view.claims || {};
    const roles = view.roles || [];
    const members = (a.members || []).map((m, i) => [i ? ', ' : '', S.actorLink(m)]);
    const roleTable = roles.length
      ? el('table', { class: 'data', id: 'roles' }, el('thead', null, el('tr', null, el('th', null, 'Role'), el('th', null, 'First seen'), el('th', null, 'Last seen'), el('th', { class: 'num' }, 'Articles'))),
        el('tbody', null, roles.map((r) => el('tr', null, el('td', null, r.role), el('td', { class: 'date' }, r.first || '—'), el('td', { class: 'date' }, r.last || '—'), el('td', { class: 'num' }, String(r.articles || 0))))))
      : S.empty('No roles seen.');
    const latest = ev.latest || [];
    const eventTable = latest.length
      ? el('table', { class: 'data', id: 'events' }, el('thead', null, el('tr', null, ['Day', 'Type', 'Source', 'Target', 'Context', 'Place', 'Article'].map((h) => el('th', null, h)))),
        el('tbody', null, latest.map(eventRow)))
      : S.empty('Nothing here yet: no events name this actor.');
    const claims = cl.latest || [];

    S.fill(root,
      el('section', { class: 'panel' },
        el('div', { class: 'actor-head' }, el('h1', { id: 'actor-name' }, a.name || id), a.type ? S.badge(a.type) : null, el('span', { class: 'muted mono' }, a.id || id)),
        facts([['Code', a.code], ['Country', a.country], ['Type', a.type], ['Aliases', (a.aliases || []).join(', ')], ['Members', members],
          ['Articles', typeof view.articles === 'number' ? String(view.articles) : null]]),
        el('p', { class: 'small' }, el('a', { href: S.paths.search({ actor: a.id || id }) }, 'Search its records'), ' · ',
          el('a', { href: S.paths.timeline({ actor: a.id || id }) }, 'its timeline'), ' · ',
          el('a', { href: S.paths.map({ actor: a.id || id }) }, 'its events on the map'), ' · ',
          el('a', { href: S.paths.claims({ actor: a.id || id, all: 'true' }) }, 'its claims on the board'))),
      el('div', { class: 'two-col' },
        el('section', { class: 'panel' }, el('h2', null, 'Roles over time'), roleTable),
        el('section', { class: 'panel' }, el('h2', null, 'Network'), network(view, a.id || id))),
      el('section', { class: 'panel' }, el('h2', null, 'Events'),
        el('div', { class: 'counts' },
          el('div', { class: 'stat', id: 'as-source' }, el('span', { class: 'n' }, S.number(ev.asSource || 0)), el('span', { class: 'l' }, 'as source')),
          el('div', { class: 'stat', id: 'as-target' }, el('span', { class: 'n' }, S.number(ev.asTarget || 0)), el('span', { class: 'l' }, 'as target'))),
        el('h3', null, 'Latest'), el('div', { class: 'table-wrap' }, eventTable)),
      el('section', { class: 'panel' }, el('h2', null, 'Claims made ', el('span', { class: 'muted', id: 'claims-total' }, '(' + S.number(cl.total || 0) + ')')),
        claims.length ? el('ul', { class: 'plain-list', id: 'claims' }, claims.map(claimItem)) : S.empty('Nothing here yet: no claims are credited to this actor.')));
  }

  async function load() {
    if (!id) {
      S.fill(root, S.errorBox({ status: 404, message: 'No actor id in the address' }));
      S.ready('error');
      return;
    }
    try {
      render(await S.api('/api/actors/' + encodeURIComponent(id)));
    } catch (e) {
      S.fill(root, el('h1', null, id), S.errorBox(e, 'The actor could not be shown'));
      S.ready('error');
    }
  }

  load();
})();
