/*
 * Map page (/map): Leaflet without any tile server. The base layer is the country outlines the project ships
 * (/data/countries.geojson); over it, a circle per place the store mentions (/api/places) and per place where events
 * happened (/api/events), sized by count; popups are built from DOM nodes, never from HTML strings.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  'use strict';
  const S = window.Sitrep;
  const el = S.el;
  const PARAMS = ['type', 'actor', 'since', 'until', 'context'];
  const EVENT_PAGES = 5;
  const PAGE_SIZE = 100;

  S.nav('map');
  S.setTitle('Map');
  const root = S.main();
  let state = S.readParams(PARAMS);

  const form = el('form', { class: 'filters panel' });
  const mapDiv = el('div', { class: 'map', id: 'map', role: 'region', 'aria-label': 'Map of places and events' });
  const status = el('div', { id: 'map-status' });
  root.append(el('h1', null, 'Places and events'), form, status, mapDiv);

  if (typeof window.L !== 'object') {
    S.fill(status, S.errorBox({ message: 'The map library did not load' }));
    S.ready('error');
    return;
  }
  const L = window.L;
  const map = L.map(mapDiv, { worldCopyJump: true, minZoom: 1, maxZoom: 12, zoomSnap: 0.5, attributionControl: false }).fitBounds([[-55, -170], [75, 180]]);
  map.createPane('countries').style.zIndex = 250;
  map.createPane('grid').style.zIndex = 240;
  const placesLayer = L.layerGroup().addTo(map);
  const eventsLayer = L.layerGroup().addTo(map);
  const counts = { countries: 'loading', places: null, placeRecords: 0, events: null, eventTotal: 0, eventsShown: 0, noPlace: 0 };

  // A graticule every 30 degrees, so the map keeps its bearings even without outlines.
  for (let lat = -60; lat <= 60; lat += 30) {
    L.polyline([[lat, -180], [lat, 180]], { pane: 'grid', color: '#9fb6cc', weight: 0.6, interactive: false, dashArray: '2 4' }).addTo(map);
  }
  for (let lon = -180; lon <= 180; lon += 30) {
    L.polyline([[-85, lon], [85, lon]], { pane: 'grid', color: '#9fb6cc', weight: 0.6, interactive: false, dashArray: '2 4' }).addTo(map);
  }

  const legend = L.control({ position: 'bottomleft' });
  const legendBox = el('div', { class: 'map-legend', id: 'map-legend' });
  legend.onAdd = () => legendBox;
  legend.addTo(map);

  function drawLegend() {
    const line = (cls, text) => el('div', { data: { layer: cls } }, el('span', { class: ['dot', cls] }), text);
    S.fill(legendBox,
      line('place', counts.places === null ? 'Places: loading…' : typeof counts.places === 'string' ? 'Places: ' + counts.places
        : 'Places: ' + S.plural(counts.places, 'marker')),
      line('event', counts.events === null ? 'Events: loading…' : typeof counts.events === 'string' ? 'Events: ' + counts.events
        : 'Events: ' + S.plural(counts.events, 'marker') + ' for ' + S.plural(counts.eventsShown, 'event')
          + (counts.noPlace ? ' (' + counts.noPlace + ' without a place)' : '')
          + (counts.eventTotal > counts.eventsShown + counts.noPlace ? ' of ' + counts.eventTotal : '')),
      el('div', { class: 'muted' }, 'Country outlines: ' + counts.countries));
  }

  function buildForm() {
    S.fill(form,
      S.field('Event types', 'type', state.type, { placeholder: 'ASSAULT,COERCE' }),
      S.field('Actor', 'actor', state.actor, { placeholder: 'org:hezbollah or a name' }),
      S.field('Since', 'since', state.since, { type: 'date' }),
      S.field('Until', 'until', state.until, { type: 'date' }),
      el('button', { class: 'btn', type: 'submit' }, 'Show events'));
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    state = Object.assign({}, state, S.formValues(form));
    S.writeParams(state, true);
    S.ready('loading');
    loadEvents(false).then(() => S.ready());
  });

  function radius(n) {
    return Math.min(28, 4 + 3 * Math.sqrt(Math.max(0, n)));
  }

  function hasPoint(p) {
    return p && typeof p.lat === 'number' && typeof p.lon === 'number' && isFinite(p.lat) && isFinite(p.lon);
  }

  async function loadCountries() {
    try {
      const geo = await S.api('/data/countries.geojson');
      L.geoJSON(geo, {
        pane: 'countries', interactive: false,
        style: { color: '#8796a5', weight: 0.7, fillColor: '#f3efe6', fillOpacity: 1 },
      }).addTo(map);
      counts.countries = S.plural((geo.features || []).length, 'country', 'countries');
    } catch (e) {
      counts.countries = e.status === 404 ? 'not built yet' : 'unavailable';
      status.append(el('p', { class: 'empty', id: 'countries-missing' }, e.status === 404
        ? 'The country outlines are not there yet (the server has no /data/countries.geojson); markers are shown on a bare grid.'
        : 'The country outlines could not be loaded: ' + e.message));
    }
    drawLegend();
  }

  function placePopup(p) {
    return el('div', { class: 'popup' },
      el('h4', null, p.name || p.id),
      el('p', { class: 'muted' }, [p.kind, p.country].filter(Boolean).join(' · ')),
      el('p', null, S.plural(p.articles || 0, 'article') + ', ' + S.plural(p.events || 0, 'event')),
      el('p', null, el('a', { href: S.paths.search({ place: p.id }) }, 'Search records here'), ' · ',
        el('a', { href: S.paths.timeline({ place: p.id }) }, 'timeline')));
  }

  async function loadPlaces() {
    let r;
    try {
      r = await S.api('/api/places', { limit: 300 });
    } catch (e) {
      counts.places = 'unavailable';
      status.append(S.errorBox(e, 'The places could not be read'));
      drawLegend();
      return;
    }
    const places = (r.places || []).filter(hasPoint);
    placesLayer.clearLayers();
    for (const p of places) {
      const n = (p.events || 0) + (p.articles || 0);
      L.circleMarker([p.lat, p.lon], {
        radius: radius(n), color: '#1f5a99', weight: 1, fillColor: '#2f7dd1', fillOpacity: 0.45, className: 'marker-place',
      }).bindPopup(() => placePopup(p)).bindTooltip(el('span', null, p.name || p.id)).addTo(placesLayer);
    }
    counts.places = places.length;
    if (!places.length) {
      status.append(S.empty('Nothing here yet: the store names no places with coordinates.'));
    }
    drawLegend();
    fit();
  }

  function eventPopup(group) {
    const p = group.place;
    const items = group.events.slice(0, 12).map((ev) => el('li', null, el('a', { href: S.paths.span(ev.id) }, ev.type || 'event'),
      ' ' + (ev.day || ev.published || 'undated'), ev.title ? ' — ' + ev.title : ''));
    return el('div', { class: 'popup' },
      el('h4', null, p.name || p.id),
      el('p', null, S.plural(group.events.length, 'event') + ' here'),
      el('ul', null, items),
      group.events.length > items.length ? el('p', { class: 'muted' }, 'and ' + (group.events.length - items.length) + ' more') : null,
      el('p', null, el('a', { href: S.paths.search({ kind: 'event', place: p.id }) }, 'Search the events here')));
  }

  async function loadEvents(initial) {
    const events = [];
    let total = 0;
    try {
      for (let page = 1; page <= EVENT_PAGES; page++) {
        const r = await S.api('/api/events', Object.assign({}, state, { page, size: PAGE_SIZE }));
        total = r.total || 0;
        events.push(...(r.events || []));
        if (!r.events || r.events.length < PAGE_SIZE || events.length >= total) {
          break;
        }
      }
    } catch (e) {
      counts.events = 'unavailable';
      status.append(S.errorBox(e, 'The events could not be read'));
      drawLegend();
      return;
    }
    const groups = new Map();
    let noPlace = 0;
    for (const ev of events) {
      if (!hasPoint(ev.place)) {
        noPlace++;
        continue;
      }
      const key = ev.place.id || ev.place.lat + ',' + ev.place.lon;
      if (!groups.has(key)) {
        groups.set(key, { place: ev.place, events: [] });
      }
      groups.get(key).events.push(ev);
    }
    eventsLayer.clearLayers();
    for (const g of groups.values()) {
      L.circleMarker([g.place.lat, g.place.lon], {
        radius: radius(g.events.length), color: '#8f1d1d', weight: 1, fillColor: '#d13c3c', fillOpacity: 0.7, className: 'marker-event',
      }).bindPopup(() => eventPopup(g)).bindTooltip(el('span', null, (g.place.name || '') + ': ' + S.plural(g.events.length, 'event'))).addTo(eventsLayer);
    }
    counts.events = groups.size;
    counts.eventTotal = total;
    counts.eventsShown = events.length - noPlace;
    counts.noPlace = noPlace;
    drawLegend();
    if (!initial) {
      fit();
    }
  }

  function fit() {
    const pts = [];
    for (const layer of [placesLayer, eventsLayer]) {
      layer.eachLayer((m) => pts.push(m.getLatLng()));
    }
    if (pts.length) {
      map.fitBounds(L.latLngBounds(pts), { padding: [40, 40], maxZoom: 6 });
    }
  }

  buildForm();
  drawLegend();
  Promise.all([loadCountries(), loadPlaces(), loadEvents(true)]).then(() => S.ready());
})();
