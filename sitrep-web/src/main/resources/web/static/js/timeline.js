/*
 * Timeline page (/timeline): events per day or ISO week from /api/timeline as stacked bars (Chart.js), split by type,
 * context, actor or place, with filters kept in the address, and the same counts as a table.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  'use strict';
  const S = window.Sitrep;
  const el = S.el;
  const PARAMS = ['interval', 'by', 'type', 'actor', 'place', 'context', 'since', 'until', 'all-contexts'];
  const MAX_SERIES = 12;
  /** A colour per PLOVER type, whatever the counts: cooperation in greens and blues, conflict in oranges and reds. */
  const TYPE_COLOURS = {
    AGREE: '#2ca02c', CONSULT: '#1f77b4', SUPPORT: '#17becf', CONCEDE: '#bcbd22', COOPERATE: '#98df8a', AID: '#aec7e8',
    RETREAT: '#e377c2', REQUEST: '#9467bd', ACCUSE: '#ff7f0e', REJECT: '#8c564b', THREATEN: '#ffbb78', PROTEST: '#c49c94',
    SANCTION: '#7f7f7f', MOBILIZE: '#f7b6d2', COERCE: '#ad494a', ASSAULT: '#d62728',
  };

  /** A type's own colour; other keys (actors, places, contexts) take theirs by rank. */
  function colourOf(key, rank) {
    if (key === 'other' || key === '(none)') {
      return '#b0b7bf';
    }
    return TYPE_COLOURS[key] || S.colour(rank);
  }
  const MAX_FILLED = 1500;

  S.nav('timeline');
  S.setTitle('Timeline');
  const root = S.main();
  let state = S.readParams(PARAMS);
  let chart = null;

  const form = el('form', { class: 'filters panel' });
  const notes = el('p', { class: 'summary-line', id: 'timeline-summary' });
  const canvas = el('canvas', { id: 'timeline-chart', 'aria-label': 'Events per period', role: 'img' });
  const chartBox = el('div', { class: 'chart-box' }, canvas);
  const chartPanel = el('section', { class: 'panel' }, notes, chartBox);
  const tableBox = el('section', { class: 'panel table-wrap', 'aria-label': 'Counts' });
  root.append(el('h1', null, 'Events over time'), form, chartPanel, tableBox);

  function buildForm() {
    S.fill(form,
      S.field('Interval', 'interval', state.interval || 'week', { choices: [['week', 'ISO week'], ['day', 'day']] }),
      S.field('Split by', 'by', state.by || 'type', { choices: [['type', 'event type'], ['context', 'context'], ['actor', 'actor'], ['place', 'place'], ['none', 'nothing']] }),
      S.field('Event types', 'type', state.type, { placeholder: 'ASSAULT,COERCE' }),
      S.field('Actor', 'actor', state.actor, { placeholder: 'org:hezbollah or a name' }),
      S.field('Place', 'place', state.place, { placeholder: 'a place id, name or LB' }),
      S.field('Since', 'since', state.since, { type: 'date' }),
      S.field('Until', 'until', state.until, { type: 'date' }),
      S.field('every context (also denied, planned…)', 'all-contexts', state['all-contexts'], { type: 'checkbox' }),
      el('button', { class: 'btn', type: 'submit' }, 'Show'));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state = Object.assign({}, state, S.formValues(form));
    S.writeParams(state, true);
    run();
  });
  window.addEventListener('popstate', () => {
    state = S.readParams(PARAMS);
    buildForm();
    run();
  });

  function request() {
    const p = Object.assign({}, state);
    p.interval = p.interval || 'week';
    p.by = p.by === 'none' ? '' : (p.by || 'type');
    return p;
  }

  // Periods: "2024-10-01" (day) or "2024-W40" (ISO week); gaps are filled so bars stand where their time is.
  function isoWeekStart(period) {
    const m = /^(\d{4})-W(\d{2})$/.exec(period);
    if (!m) {
      return null;
    }
    const jan4 = new Date(Date.UTC(Number(m[1]), 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86400000);
    return new Date(monday.getTime() + (Number(m[2]) - 1) * 7 * 86400000);
  }

  function isoWeek(date) {
    const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
    d.setUTCDate(d.getUTCDate() + 3 - ((d.getUTCDay() + 6) % 7)); // the week's Thursday names its year
    const jan4 = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
    const week = 1 + Math.round(((d - jan4) / 86400000 - 3 + ((jan4.getUTCDay() + 6) % 7)) / 7);
    return d.getUTCFullYear() + '-W' + String(week).padStart(2, '0');
  }

  function periodsBetween(first, last, interval) {
    const out = [];
    if (interval === 'day') {
      const a = Date.parse(first + 'T00:00:00Z');
      const b = Date.parse(last + 'T00:00:00Z');
      if (isNaN(a) || isNaN(b) || (b - a) / 86400000 > MAX_FILLED) {
        return null;
      }
      for (let t = a; t <= b; t += 86400000) {
        out.push(new Date(t).toISOString().substring(0, 10));
      }
      return out;
    }
    const a = isoWeekStart(first);
    const b = isoWeekStart(last);
    if (!a || !b || (b - a) / (7 * 86400000) > MAX_FILLED) {
      return null;
    }
    for (let t = a.getTime(); t <= b.getTime(); t += 7 * 86400000) {
      out.push(isoWeek(new Date(t)));
    }
    return out;
  }

  async function run() {
    S.ready('loading');
    S.fill(notes, 'Counting…');
    S.clear(tableBox);
    let r;
    try {
      r = await S.api('/api/timeline', request());
    } catch (e) {
      drawChart(null);
      S.fill(notes, S.errorBox(e, 'The timeline could not be read'));
      S.ready('error');
      return;
    }
    const rows = Array.isArray(r.rows) ? r.rows : [];
    const interval = r.interval || request().interval;
    const left = [];
    if (r.undated) {
      left.push(S.plural(r.undated, 'undated event') + ' left out');
    }
    if (r.coarse) {
      left.push(S.plural(r.coarse, 'event') + ' dated more coarsely than a ' + interval + ' left out');
    }
    S.fill(notes, S.plural(typeof r.total === 'number' ? r.total : rows.reduce((n, x) => n + x.count, 0), 'event'), ' counted by ', interval === 'day' ? 'day' : 'ISO week',
      r.by ? ', split by ' + r.by : '', left.length ? ' · ' + left.join(' · ') : '');
    if (!rows.length) {
      drawChart(null);
      S.fill(tableBox, S.empty('Nothing here yet: no dated events match these filters.'));
      S.ready();
      return;
    }
    const seen = [...new Set(rows.map((x) => x.period))].sort();
    const periods = periodsBetween(seen[0], seen[seen.length - 1], interval) || seen;
    const totals = new Map();
    for (const x of rows) {
      const k = x.key === null || x.key === undefined ? 'events' : x.key;
      totals.set(k, (totals.get(k) || 0) + x.count);
    }
    const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).map(([k]) => k);
    const shown = ranked.length > MAX_SERIES ? ranked.slice(0, MAX_SERIES - 1) : ranked;
    const series = shown.concat(ranked.length > shown.length ? ['other'] : []);
    const cell = new Map(); // period \0 series → count
    for (const x of rows) {
      const k = x.key === null || x.key === undefined ? 'events' : x.key;
      const s = shown.includes(k) ? k : 'other';
      const key = x.period + '\u0000' + s;
      cell.set(key, (cell.get(key) || 0) + x.count);
    }
    drawChart({
      labels: periods,
      datasets: series.map((s, i) => ({
        label: s, data: periods.map((p) => cell.get(p + '\u0000' + s) || 0), backgroundColor: colourOf(s, i), borderWidth: 0,
      })),
    });
    drawTable(seen, series, cell, r.by);
    S.ready();
  }

  function drawChart(data) {
    chartBox.classList.toggle('hidden', !data);
    if (chart) {
      chart.destroy();
      chart = null;
    }
    if (!data) {
      return;
    }
    if (typeof window.Chart !== 'function') {
      chartBox.classList.add('hidden');
      notes.append(S.errorBox({ message: 'The chart library did not load' }));
      return;
    }
    chart = new window.Chart(canvas, {
      type: 'bar',
      data,
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: true, ticks: { autoSkip: true, maxRotation: 60 } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'events' } },
        },
        plugins: { legend: { position: 'bottom' }, tooltip: { mode: 'index', intersect: false } },
      },
    });
  }

  /** A column's head: an actor or place key links to its page or its search. */
  function keyHead(key, by) {
    if (by === 'actor' && /^[a-z]+:/.test(key)) {
      return S.actorLink(key, key);
    }
    if (by === 'place' && /^[a-z]+:/.test(key)) {
      return el('a', { href: S.paths.search({ place: key }) }, key);
    }
    return key;
  }

  function drawTable(periods, series, cell, by) {
    const head = el('tr', null, el('th', { scope: 'col' }, 'Period'), series.map((s) => el('th', { scope: 'col', class: 'num' }, keyHead(s, by))),
      el('th', { scope: 'col', class: 'num' }, 'Total'));
    const colTotals = series.map(() => 0);
    const body = periods.map((p) => {
      let total = 0;
      const cells = series.map((s, i) => {
        const n = cell.get(p + '\u0000' + s) || 0;
        total += n;
        colTotals[i] += n;
        return el('td', { class: 'num' }, n ? String(n) : '');
      });
      return el('tr', { data: { period: p } }, el('th', { scope: 'row' }, p), cells, el('td', { class: 'num total' }, String(total)));
    });
    const grand = colTotals.reduce((a, b) => a + b, 0);
    S.fill(tableBox, el('table', { class: 'data', id: 'timeline-table' }, el('thead', null, head), el('tbody', null, body),
      el('tfoot', null, el('tr', null, el('td', null, 'All'), colTotals.map((n) => el('td', { class: 'num' }, String(n))),
        el('td', { class: 'num', id: 'timeline-total' }, String(grand))))));
  }

  buildForm();
  run();
})();
