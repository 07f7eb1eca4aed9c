/*
 * Sitrep desk: what every page shares. Article texts, titles, sources and names are untrusted: they reach the page
 * only as text nodes (textContent), never as markup; links are built here, to this site's own paths only, with
 * every part encoded. No page uses innerHTML, insertAdjacentHTML or document.write.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
(function () {
  'use strict';

  /** Attributes el() sets as attributes; anything else is refused (no on* handlers, no style, no src). */
  const ATTRIBUTES = new Set(['id', 'title', 'type', 'name', 'placeholder', 'for', 'min', 'max', 'step', 'role', 'tabindex',
    'colspan', 'rowspan', 'datetime', 'lang', 'scope', 'autocomplete', 'list', 'size']);
  /** Properties el() assigns directly (form state). */
  const PROPERTIES = new Set(['value', 'checked', 'selected', 'disabled', 'open']);

  /** A link target on this site: an absolute path, never another origin and never a script URL. */
  function safeHref(href) {
    const s = String(href);
    if (s.charAt(0) !== '/' || s.charAt(1) === '/' || s.charAt(1) === '\\') {
      throw new Error('Refusing a link that is not a path on this site: ' + s);
    }
    return s;
  }

  function append(node, children) {
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) {
        continue;
      }
      node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /**
   * Creates an element. attrs: class (string or array), href (a path on this site), data (dataset entries),
   * on (event listeners), aria-*, a few plain attributes and form properties. Children: nodes, or anything else as text.
   */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) {
          continue;
        }
        if (k === 'class') {
          node.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : String(v);
        } else if (k === 'href') {
          node.setAttribute('href', safeHref(v));
        } else if (k === 'data') {
          for (const [dk, dv] of Object.entries(v)) {
            if (dv !== null && dv !== undefined) {
              node.dataset[dk] = String(dv);
            }
          }
        } else if (k === 'on') {
          for (const [event, fn] of Object.entries(v)) {
            node.addEventListener(event, fn);
          }
        } else if (PROPERTIES.has(k)) {
          node[k] = v;
        } else if (k.startsWith('aria-') || ATTRIBUTES.has(k)) {
          node.setAttribute(k, String(v));
        } else {
          throw new Error('el(): the attribute ' + k + ' is not allowed');
        }
      }
    }
    return append(node, children);
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  /** Replaces a node's children. */
  function fill(node, ...children) {
    return append(clear(node), children);
  }

  /** "?a=1&b=x" from the non-empty entries of an object (or ""). */
  function query(params) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) {
      if (v !== null && v !== undefined && v !== '' && v !== false) {
        p.set(k, String(v));
      }
    }
    const s = p.toString();
    return s ? '?' + s : '';
  }

  /** The part of a claim or event id after its article id ("…#c145" gives "c145"), or null when it has none. */
  function spanAnchor(recordId) {
    if (typeof recordId !== 'string') {
      return null;
    }
    const i = recordId.lastIndexOf('#');
    const a = i < 0 ? '' : recordId.substring(i + 1);
    return /^[a-z]\d{1,9}$/.test(a) ? a : null;
  }

  /**
   * The article id of a claim or event id: what stands before its last '#' when an anchor follows it, since an
   * article's own id may hold a '#' too ("wire:2024/10#7#c145" is claim c145 of article "wire:2024/10#7").
   */
  function articleOf(recordId) {
    const s = String(recordId);
    return spanAnchor(s) === null ? s : s.substring(0, s.lastIndexOf('#'));
  }

  const paths = {
    search: (params) => '/' + query(params),
    article: (id, anchor) => '/articles/' + encodeURIComponent(id) + (anchor ? '#' + encodeURIComponent(anchor) : ''),
    /** The article page at a claim's or event's span. */
    span: (recordId) => paths.article(articleOf(recordId), spanAnchor(recordId)),
    actor: (id) => '/actors/' + encodeURIComponent(id),
    timeline: (params) => '/timeline' + query(params),
    map: (params) => '/map' + query(params),
    claims: (params) => '/claims' + query(params),
  };

  /** An error the API answered ({status, message}), or a failure to reach it (status 0). */
  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  /** GETs JSON from the API; a non-2xx answer becomes an ApiError carrying the API's own status and message. */
  async function api(path, params) {
    let res;
    try {
      res = await fetch(path + query(params), { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    } catch (e) {
      throw new ApiError(0, 'The server could not be reached (' + e.message + ')');
    }
    if (!res.ok) {
      let message = res.statusText || 'HTTP ' + res.status;
      try {
        const body = await res.json();
        if (body && typeof body.message === 'string') {
          message = body.message;
        }
      } catch (ignored) {
        // not JSON: keep the status text
      }
      throw new ApiError(res.status, message);
    }
    return res.json();
  }

  /** The box a page shows for an error. */
  function errorBox(error, what) {
    const status = error && error.status ? 'Error ' + error.status + ': ' : 'Error: ';
    return el('div', { class: 'error', role: 'alert' }, what ? what + ' — ' : '', status, error && error.message ? error.message : String(error));
  }

  /** The "nothing here yet" line of an empty layer. */
  function empty(message) {
    return el('p', { class: 'empty' }, message);
  }

  function loading(message) {
    return el('p', { class: 'loading' }, message || 'Loading…');
  }

  const NAV = [['/', 'Search', 'search'], ['/timeline', 'Timeline', 'timeline'], ['/map', 'Map', 'map'], ['/claims', 'Claims', 'claims']];

  /** Puts the top navigation above <main>; page names the current page. */
  function nav(page) {
    const links = NAV.map(([href, label, name]) => el('a', { href, 'aria-current': name === page ? 'page' : null }, label));
    const header = el('nav', { class: 'topnav', 'aria-label': 'Main' }, el('a', { class: 'brand', href: '/' }, 'SITREP'), links);
    document.body.insertBefore(header, document.body.firstChild);
  }

  /** The page's <main>, emptied. */
  function main() {
    return clear(document.getElementById('app'));
  }

  /** Marks the page as drawn ('ready'), failed ('error') or busy ('loading'): what a test, or a person's script, can wait for. */
  function ready(state) {
    document.body.dataset.state = state || 'ready';
    if (!state || state === 'ready') {
      document.body.dataset.readyMs = String(Math.round(performance.now())); // since the navigation started
    }
  }

  function setTitle(text) {
    document.title = (text ? text + ' · ' : '') + 'Sitrep';
  }

  /** The decoded path segment after prefix ("/articles/"), or null. */
  function pathId(prefix) {
    const p = location.pathname;
    if (!p.startsWith(prefix) || p.length === prefix.length) {
      return null;
    }
    try {
      return decodeURIComponent(p.substring(prefix.length));
    } catch (e) {
      return null;
    }
  }

  /** The address's query parameters as a plain object of the names given. */
  function readParams(names) {
    const p = new URLSearchParams(location.search);
    const out = {};
    for (const n of names) {
      const v = p.get(n);
      out[n] = v === null ? '' : v;
    }
    return out;
  }

  /** Text with the [start, end) ranges of marks wrapped in <mark>, as nodes; ranges are clipped, sorted and merged. */
  function marked(text, marks) {
    const frag = document.createDocumentFragment();
    const s = String(text || '');
    const ranges = (Array.isArray(marks) ? marks : [])
      .filter((m) => Array.isArray(m) && m.length === 2 && Number.isInteger(m[0]) && Number.isInteger(m[1]))
      .map(([a, b]) => [Math.max(0, a), Math.min(s.length, b)])
      .filter(([a, b]) => a < b)
      .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
    let at = 0;
    for (const [a, b] of ranges) {
      const start = Math.max(a, at);
      if (start >= b) {
        continue;
      }
      if (start > at) {
        frag.appendChild(document.createTextNode(s.substring(at, start)));
      }
      frag.appendChild(el('mark', null, s.substring(start, b)));
      at = b;
    }
    if (at < s.length) {
      frag.appendChild(document.createTextNode(s.substring(at)));
    }
    return frag;
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many || one + 's');
  }

  function number(n) {
    return typeof n === 'number' ? n.toLocaleString('en') : '–';
  }

  /** A kind badge ("claim", "event"...). */
  function badge(text, cls) {
    return el('span', { class: ['badge', cls] }, text);
  }

  /** A colour per series, stable for a key. */
  const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f',
    '#393b79', '#ad494a', '#637939', '#8c6d31', '#843c39', '#7b4173'];

  function colour(i) {
    return PALETTE[i % PALETTE.length];
  }

  /** Keeps form values in the address (replace or push) without reloading. */
  function writeParams(values, push) {
    const url = location.pathname + query(values);
    if (push) {
      history.pushState(null, '', url);
    } else {
      history.replaceState(null, '', url);
    }
  }

  /** Reads a form's named inputs into an object (checkboxes as "true" or ""). */
  function formValues(form) {
    const out = {};
    for (const input of form.querySelectorAll('input[name], select[name]')) {
      out[input.name] = input.type === 'checkbox' ? (input.checked ? 'true' : '') : input.value.trim();
    }
    return out;
  }

  /** A labelled input for a filter form. */
  function field(label, name, value, opts) {
    const o = opts || {};
    let input;
    if (o.choices) {
      input = el('select', { name }, o.choices.map(([v, l]) => el('option', { value: v, selected: v === value }, l)));
    } else if (o.type === 'checkbox') {
      return el('label', { class: 'check' }, el('input', { type: 'checkbox', name, checked: value === 'true' }), label);
    } else {
      input = el('input', { type: o.type || 'text', name, value: value || '', placeholder: o.placeholder, class: o.class, list: o.list });
    }
    return el('label', null, label, input);
  }

  /** Previous and next buttons around "Page 3 of 9"; goTo(p) shows page p. */
  function pager(page, pages, goTo) {
    return el('nav', { class: 'pager', 'aria-label': 'Pages' },
      el('button', { type: 'button', class: 'btn secondary', disabled: page <= 1, on: { click: () => goTo(page - 1) } }, '‹ Previous'),
      el('span', { class: 'page-of' }, 'Page ' + page + ' of ' + pages),
      el('button', { type: 'button', class: 'btn secondary', disabled: page >= pages, on: { click: () => goTo(page + 1) } }, 'Next ›'));
  }

  /** A person's name for an actor id when nothing better is known ("person:najib-mikati" → "najib mikati"). */
  function actorLabel(id) {
    const s = String(id || '');
    const i = s.indexOf(':');
    return (i < 0 ? s : s.substring(i + 1)).replace(/[-+_]/g, ' ');
  }

  /** A link to an actor page, or plain text when there is no id. */
  function actorLink(id, name) {
    if (!id) {
      return el('span', null, name || 'unknown');
    }
    return el('a', { href: paths.actor(id), title: id }, name || actorLabel(id));
  }

  window.Sitrep = Object.freeze({
    el, clear, fill, append, query, paths, api, ApiError, errorBox, empty, loading, nav, main, ready, setTitle, pathId, readParams,
    writeParams, formValues, field, pager, marked, plural, number, badge, colour, spanAnchor, articleOf, actorLabel, actorLink, safeHref,
  });
})();
