// kg graph page. Every piece of article text reaches the page through textContent (or vis-network's innerText
// tooltips), never innerHTML. The drawing is left to a renderer (render-vis.js for small graphs, render-webgl.js for
// large ones, render-canvas.js for large ones in a browser without a GPU) behind one interface; this script owns the
// data, the filters, search, details and the PNG. Globals for tests: kgPage (renderer-neutral), kgStable and
// kgStableAt, kgNeighbourhood, and each renderer's own.
(function () {
  "use strict";
  var data = unpack(JSON.parse(document.getElementById("kg-data").textContent));
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });

  // The data comes in columns that refer to each other by position (kg/html.py, page_payload): made back into one
  // object per entity and relation here, each entity with the facts it takes part in; a fact's object is made when
  // first asked for (`data.fact(i)`: the details and the tooltips are its only readers).
  function unpack(packed) {
    var n = packed.nodes, e = packed.edges, f = packed.facts, out = packed;
    function documentOf(i) { return packed.document_ids[i]; }
    function evidence(pair) { return [documentOf(pair[0]), packed.sentences[pair[1]]]; }
    out.nodes = n.id.map(function (id, i) {
      var node = { id: packed.id_prefix + id, index: i, label: n.label[i], group: packed.kinds[n.kind[i]],
                   value: n.value[i], aliases: n.aliases[i] || [], facts: [],
                   quotes: (n.quotes[i] || []).map(function (q) {
                     return [packed.sentences[q[0]], documentOf(q[1])]; }) };
      if (n.x) { node.x = n.x[i]; node.y = n.y[i]; }
      return node;
    });
    var facts = new Array(f.s.length);
    out.factCount = f.s.length;
    out.fact = function (i) {
      if (!facts[i]) {
        var s = f.s[i];
        facts[i] = { s: out.nodes[s].id, sl: n.label[s], p: packed.names[f.p[i]],
                     o: f.o[i] < 0 ? null : out.nodes[f.o[i]].id,
                     ol: f.o[i] < 0 ? f.literal[i] : n.label[f.o[i]], c: f.c[i], q: f.q[i] || [],
                     e: f.e[i].map(evidence) };
        if (f.more[i]) { facts[i].more = f.more[i]; }
        if (f.flags[i]) { facts[i].f = f.flags[i]; }
      }
      return facts[i];
    };
    // the facts of an entity (in their order, once each): those it is the subject of, and those a relation of the
    // page links it to as object or qualifier
    for (var i = 0; i < f.s.length; i++) { out.nodes[f.s[i]].facts.push(i); }
    var dashed = {};
    e.dashed.forEach(function (i) { dashed[i] = true; });
    out.edges = e.from.map(function (from, i) {
      var edge = { id: i, from: out.nodes[from].id, to: out.nodes[e.to[i]].id, fromIndex: from, toIndex: e.to[i],
                   fact: e.fact[i], relation: packed.names[e.relation[i]], confidence: f.c[e.fact[i]],
                   documents: e.documents[i].map(documentOf), dashes: !!dashed[i] };
      if (e.label) { edge.label = packed.names[e.label[i]]; }
      out.nodes[e.to[i]].facts.push(edge.fact);
      return edge;
    });
    out.nodes.forEach(function (node) {
      node.facts = node.facts.sort(function (a, b) { return a - b; }).filter(function (fact, k, all) {
        return k === 0 || all[k - 1] !== fact; });
    });
    return out;
  }

  // Tooltips, written from the facts rather than sent twice
  function evidenceLines(evidence, total) {
    var shown = data.tooltip_evidence;
    var lines = evidence.slice(0, shown).map(function (e) { return "• " + e[1] + "  [" + e[0] + "]"; });
    if (total > shown) { lines.push("… and " + (total - shown) + " more"); }
    return lines;
  }
  function nodeTitle(node) {
    var seen = {}, evidence = [];
    node.facts.forEach(function (index) {
      data.fact(index).e.forEach(function (e) {
        var key = e[0] + "\u0000" + e[1];
        if (!seen[key]) { seen[key] = true; evidence.push(e); }
      });
    });
    var lines = [node.label + " — " + node.group];
    if (node.aliases && node.aliases.length) { lines.push("also: " + node.aliases.join(", ")); }
    return lines.concat(evidenceLines(evidence, evidence.length)).join("\n");
  }
  function edgeTitle(edge) {
    var fact = data.fact(edge.fact);
    var lines = [fact.sl + " — " + fact.p + " → " + fact.ol + (fact.f ? " (" + fact.f.join(", ") + ")" : "")];
    fact.q.forEach(function (q) { lines.push(q[0] + ": " + q[1]); });
    lines.push("confidence " + fact.c.toFixed(2));
    return lines.concat(evidenceLines(fact.e, fact.e.length + (fact.more || 0))).join("\n");
  }

  function el(tag, text, className) {
    var element = document.createElement(tag);
    if (text !== undefined) { element.textContent = text; }
    if (className) { element.className = className; }
    return element;
  }

  // ---------------------------------------------------------------- filters
  var state = { types: {}, relations: {}, documents: {}, confidence: 0 };
  function keys(list, field) {
    var seen = {};
    list.forEach(function (item) {
      var value = item[field];
      if (Array.isArray(value)) { value.forEach(function (k) { seen[k] = true; }); } else { seen[value] = true; }
    });
    return Object.keys(seen).sort();
  }
  var typeNames = keys(data.nodes, "group"), relationNames = keys(data.edges, "relation");
  var documentNames = keys(data.edges, "documents");
  typeNames.forEach(function (k) { state.types[k] = true; });
  relationNames.forEach(function (k) { state.relations[k] = true; });
  documentNames.forEach(function (k) { state.documents[k] = true; });

  function edgeShown(edge) {
    return state.relations[edge.relation] && edge.confidence >= state.confidence &&
      edge.documents.some(function (d) { return state.documents[d]; }) &&
      state.types[data.nodes[edge.fromIndex].group] && state.types[data.nodes[edge.toIndex].group];
  }
  function nodeShown(node, degree) {
    return state.types[node.group] && (!node.facts.length || degree[node.index] > 0);
  }
  // what is shown, counted in one pass over the relations and one over the entities (the filter counts of a
  // 100,000-entity page cannot each walk every relation); entities and relations by position
  function tally(nodeTest, edgeTest) {
    var counts = { nodes: new Uint8Array(data.nodes.length), edges: new Uint8Array(data.edges.length),
                   degree: new Int32Array(data.nodes.length), types: {}, relations: {}, documents: {}, nodeCount: 0,
                   edgeCount: 0 };
    data.edges.forEach(function (e) {
      if (!edgeTest(e)) { return; }
      counts.edges[e.id] = 1;
      counts.edgeCount += 1;
      counts.degree[e.fromIndex] += 1;
      counts.degree[e.toIndex] += 1;
      counts.relations[e.relation] = (counts.relations[e.relation] || 0) + 1;
      e.documents.forEach(function (d) { counts.documents[d] = (counts.documents[d] || 0) + 1; });
    });
    data.nodes.forEach(function (n) {
      if (!nodeTest(n, counts.degree)) { return; }
      counts.nodes[n.index] = 1;
      counts.nodeCount += 1;
      counts.types[n.group] = (counts.types[n.group] || 0) + 1;
    });
    return counts;
  }
  var totals = tally(function () { return true; }, function () { return true; });
  var visible = totals;

  var counters = [];
  function checkboxList(container, names, group, swatch, count) {
    names.forEach(function (name) {
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.dataset.filter = group;
      box.dataset.value = name;
      box.addEventListener("change", function () { state[group][name] = box.checked; refresh(); });
      label.appendChild(box);
      if (swatch) {
        var dot = el("span", undefined, "swatch");
        dot.style.background = swatch(name);
        label.appendChild(dot);
      }
      label.appendChild(el("span", name));
      var number = el("span", "", "count");
      label.appendChild(number);
      counters.push(function () { number.textContent = count(name); });
      container.appendChild(label);
    });
  }
  var colors = {};
  data.legend.forEach(function (item) { colors[item.label] = item.color; });
  checkboxList(document.getElementById("filter-types"), typeNames, "types", function (k) { return colors[k]; },
    function (k) { return (visible.types[k] || 0) + "/" + totals.types[k]; });
  relationFilter(document.getElementById("filter-relations"));
  checkboxList(document.getElementById("filter-documents"), documentNames, "documents", null, function (k) {
    var info = data.documents[k] || {};
    return (info.date ? info.date + " · " : "") + (visible.documents[k] || 0);
  });
  // Relations as the ontology groups them (those minted from unknown verbs under "other"), the most used first: a
  // group's box shows or hides all of it, the first few of each are listed, a search finds any of them.
  function relationFilter(container) {
    var TOP = 12;
    var find = el("input");
    find.type = "search";
    find.id = "relation-search";
    find.placeholder = "Find a relation…";
    container.appendChild(find);
    var rows = [];
    data.relation_groups.forEach(function (group, index) {
      var section = el("details", undefined, "relation-group");
      section.open = index === 0 || group.relations.length <= TOP;
      var summary = el("summary");
      var all = el("input");
      all.type = "checkbox";
      all.checked = true;
      all.dataset.filter = "relation-group";
      all.dataset.value = group.name;
      summary.appendChild(all);
      summary.appendChild(el("span", group.name + " (" + group.relations.length + ")"));
      var groupCount = el("span", "", "count");
      summary.appendChild(groupCount);
      section.appendChild(summary);
      var boxes = [];
      group.relations.forEach(function (pair, position) {
        var name = pair[0];
        var label = el("label");
        var box = el("input");
        box.type = "checkbox";
        box.checked = true;
        box.dataset.filter = "relations";
        box.dataset.value = name;
        box.addEventListener("change", function () { state.relations[name] = box.checked; mark(); refresh(); });
        label.appendChild(box);
        label.appendChild(el("span", name));
        var number = el("span", "", "count");
        label.appendChild(number);
        counters.push(function () { number.textContent = relationCount(name); });
        label.hidden = position >= TOP;
        section.appendChild(label);
        boxes.push(box);
        rows.push({ label: label, name: name.toLowerCase(), top: position < TOP, section: section });
      });
      if (group.relations.length > TOP) {
        var more = el("button", "show all " + group.relations.length, "more");
        more.type = "button";
        more.addEventListener("click", function () {
          rows.forEach(function (row) { if (row.section === section) { row.label.hidden = false; } });
          more.remove();
        });
        section.appendChild(more);
      }
      function mark() {
        var on = boxes.filter(function (b) { return b.checked; }).length;
        all.checked = on === boxes.length;
        all.indeterminate = on > 0 && on < boxes.length;
      }
      all.addEventListener("change", function () {
        boxes.forEach(function (box) { box.checked = all.checked; state.relations[box.dataset.value] = all.checked; });
        all.indeterminate = false;
        refresh();
      });
      counters.push(function () {
        var sum = function (counts) {
          return group.relations.reduce(function (n, pair) { return n + (counts[pair[0]] || 0); }, 0);
        };
        groupCount.textContent = sum(visible.relations) + "/" + sum(totals.relations);
      });
      container.appendChild(section);
    });
    find.addEventListener("input", function () {
      var wanted = find.value.trim().toLowerCase();
      rows.forEach(function (row) {
        row.label.hidden = wanted ? row.name.indexOf(wanted) < 0 : !row.top;
        if (wanted && !row.label.hidden) { row.section.open = true; }
      });
    });
  }
  function relationCount(name) { return (visible.relations[name] || 0) + "/" + totals.relations[name]; }
  var slider = document.getElementById("confidence");
  slider.addEventListener("input", function () {
    state.confidence = parseFloat(slider.value);
    document.getElementById("confidence-value").textContent = state.confidence.toFixed(2);
    refresh();
  });
  function refresh() {
    visible = tally(nodeShown, edgeShown);
    renderer.show(function (n) { return visible.nodes[n.index] === 1; },
                  function (e) { return visible.edges[e.id] === 1; });
    counters.forEach(function (update) { update(); });
    document.getElementById("counts").textContent =
      visible.nodeCount + " of " + data.nodes.length + " entities, " + visible.edgeCount + " of " +
      data.edges.length + " relations";
  }

  // ---------------------------------------------------------------- renderer
  document.getElementById("title").textContent = data.title;
  data.notes.forEach(function (note) { document.getElementById("notes").appendChild(el("div", note)); });
  var physicsButton = document.getElementById("physics");
  function showPhysics(on) { physicsButton.textContent = "Physics: " + (on ? "on" : "off"); }
  // a large page draws with WebGL where the browser has a GPU for it, else with its renderer for browsers without one
  var drawWith = data.without_gpu && !window.kgRenderers.shared.gpuWebgl() ? data.without_gpu : data.renderer;
  var renderer = window.kgRenderers[drawWith](data, document.getElementById("graph"), {
    nodeTitle: nodeTitle,
    edgeTitle: edgeTitle,
    node: function (id) { return byId[id]; },
    edge: function (id) { return data.edges[id]; },  // (a relation's id is its position)
    clicked: function (kind, id) { if (kind === "node") { showNode(id); } else { showEdges(id); } },
    stable: function () { window.kgStable = true; window.kgStableAt = performance.now(); },
    physicsChanged: showPhysics
  });
  if (renderer.physics) {  // (large pages have no physics: their layout comes from Python)
    showPhysics(renderer.physics.on());
    physicsButton.addEventListener("click", function () { renderer.physics.set(!renderer.physics.on()); });
  } else {
    physicsButton.hidden = true;
  }
  refresh();

  // ---------------------------------------------------------------- search
  // Names and aliases complete as you type: the first SUGGESTIONS that start with what is typed, then those that
  // contain it (a list of every name would be 100,000 options on a large page)
  var SUGGESTIONS = 30;
  var names = document.getElementById("entity-names");
  var lookup = {}, known = [];
  data.nodes.forEach(function (n) {
    [n.label].concat(n.aliases || []).forEach(function (name) {
      if (!lookup[name.toLowerCase()]) {
        lookup[name.toLowerCase()] = n.id;
        known.push({ name: name, folded: name.toLowerCase() });
      }
    });
  });
  var search = document.getElementById("search");
  search.addEventListener("input", function () {
    var typed = search.value.trim().toLowerCase(), first = [], then = [];
    for (var i = 0; typed && i < known.length && first.length < SUGGESTIONS; i++) {
      var at = known[i].folded.indexOf(typed);
      if (at === 0) { first.push(known[i].name); }
      else if (at > 0 && then.length < SUGGESTIONS) { then.push(known[i].name); }
    }
    names.textContent = "";
    first.concat(then).slice(0, SUGGESTIONS).forEach(function (name) { names.appendChild(el("option")).value = name; });
  });
  function find() {
    var id = lookup[search.value.trim().toLowerCase()];
    if (id === undefined || !visible.nodes[byId[id].index]) { return; }
    renderer.select([id]);
    renderer.focus(id);
    showNode(id);
  }
  search.addEventListener("change", find);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") { find(); } });

  // ---------------------------------------------------------------- details
  var details = document.getElementById("details");
  var hops = 1;
  function factBlock(index) {
    var fact = data.fact(index);
    var block = el("div", undefined, "fact");
    var line = el("div");
    line.appendChild(el("span", fact.sl + " "));
    line.appendChild(el("span", fact.p, "rel"));
    line.appendChild(el("span", " " + fact.ol + (fact.f ? " (" + fact.f.join(", ") + ")" : "")));
    block.appendChild(line);
    fact.q.forEach(function (q) { block.appendChild(el("div", q[0] + ": " + q[1], "qualifier")); });
    block.appendChild(el("div", "confidence " + fact.c.toFixed(2), "doc"));
    fact.e.forEach(function (ev) {
      var info = data.documents[ev[0]] || {};
      var quote = el("div", undefined, "evidence");
      quote.appendChild(el("div", "“" + ev[1] + "”"));
      quote.appendChild(el("div", ev[0] + (info.title ? " — " + info.title : "") + (info.date ? " · " + info.date : ""),
        "doc"));
      block.appendChild(quote);
    });
    if (fact.more) { block.appendChild(el("div", "… and " + fact.more + " more sentence(s): kg export --format jsonl", "doc")); }
    return block;
  }
  function neighbourhood(id, depth) {
    var seen = {}, frontier = [id];
    seen[id] = 0;
    for (var d = 1; d <= depth; d++) {
      var next = [];
      frontier.forEach(function (n) {
        renderer.neighbours(n).forEach(function (m) {
          if (seen[m] === undefined) { seen[m] = d; next.push(m); }
        });
      });
      frontier = next;
    }
    return Object.keys(seen);
  }
  // served by `kg serve`, an entity's details link to the workbench, with a query of its facts and evidence
  function queryLink(iri) {
    var prologue = Object.keys(data.prefixes).map(function (p) {
      return "PREFIX " + p + ": <" + data.prefixes[p] + ">\n"; }).join("");
    var query = prologue + "SELECT ?direction ?relation ?other ?sentence WHERE {\n" +
      "  { ?fact rdf:subject <" + iri + "> ; rdf:predicate ?relation ; rdf:object ?o . BIND(\"→\" AS ?direction) }\n" +
      "  UNION { ?fact rdf:object <" + iri + "> ; rdf:predicate ?relation ; rdf:subject ?o . " +
      "BIND(\"←\" AS ?direction) }\n" +
      "  ?fact kg:evidence ?sentence . OPTIONAL { ?o rdfs:label ?other }\n}\nLIMIT 200\n";
    var link = el("a", "Query its facts in the workbench", "query-link");
    link.href = "/query?query=" + encodeURIComponent(query);
    link.target = "_blank";
    link.rel = "noopener";
    return link;
  }
  function showNode(id) {
    var node = byId[id];
    details.textContent = "";
    details.appendChild(el("h2", node.label));
    details.appendChild(el("div", node.group + (node.aliases && node.aliases.length ? " · also " +
      node.aliases.join(", ") : ""), "kind"));
    var control = el("label", "Neighbourhood: ");
    var select = el("select");
    select.id = "hops";
    [1, 2, 3].forEach(function (h) { var o = el("option", h + " hop" + (h > 1 ? "s" : "")); o.value = h; select.appendChild(o); });
    select.value = hops;
    select.addEventListener("change", function () { hops = parseInt(select.value, 10); showNode(id); });
    control.appendChild(select);
    details.appendChild(control);
    if (/^https?:$/.test(location.protocol)) { details.appendChild(queryLink(id)); }
    var around = neighbourhood(id, hops);
    renderer.select(around);
    window.kgNeighbourhood = around;
    details.appendChild(el("div", around.length - 1 + " entities within " + hops + " hop(s)", "doc"));
    node.facts.forEach(function (index) { details.appendChild(factBlock(index)); });
    (node.quotes || []).forEach(function (quote) {
      var block = el("div", undefined, "fact quotation");
      block.appendChild(el("div", node.label + " said:"));
      block.appendChild(el("div", "« " + quote[0] + " »", "evidence"));
      var info = data.documents[quote[1]] || {};
      block.appendChild(el("div", quote[1] + (info.title ? " — " + info.title : ""), "doc"));
      details.appendChild(block);
    });
  }
  // one relation, or all those drawn on the same line (the WebGL page draws parallel relations as one line)
  function showEdges(edgeIds) {
    var shownEdges = [].concat(edgeIds).map(function (id) { return data.edges[id]; });
    details.textContent = "";
    details.appendChild(el("h2", shownEdges.map(function (e) { return e.relation; }).join(" · ")));
    shownEdges.forEach(function (edge) { details.appendChild(factBlock(edge.fact)); });
  }

  // ---------------------------------------------------------------- save as PNG
  document.getElementById("png").addEventListener("click", function () {
    var link = el("a");
    link.download = "graph.png";
    link.href = renderer.png();
    link.click();
  });

  // what tests ask of either renderer
  window.kgPage = {
    renderer: drawWith,
    nodes: function () { return data.nodes; },
    edges: function () { return data.edges; },
    facts: function () {
      var all = [];
      for (var i = 0; i < data.factCount; i++) { all.push(data.fact(i)); }
      return all;
    },
    shownNodes: function () { return data.nodes.filter(function (n) { return visible.nodes[n.index]; }); },
    shownEdges: function () { return data.edges.filter(function (e) { return visible.edges[e.id]; }); },
    drawn: function () { return renderer.drawn(); },
    selected: function () { return renderer.selected(); },
    fit: function () { renderer.fit(); },
    screen: function (id) { return renderer.screen(id); },
    edgeScreen: function (id) { return renderer.edgeScreen(id); }
  };
})();
