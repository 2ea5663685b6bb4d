// kg graph page, WebGL renderer for large graphs: sigma.js draws a graphology graph laid out in Python. The page
// script (graph.js) drives it through the same interface as the vis-network renderer; globals kgGraph (the
// graphology graph) and kgSigma (the renderer) are there for tests.
window.kgRenderers = window.kgRenderers || {};
window.kgRenderers.webgl = function (data, container, page) {
  "use strict";
  var ARROWS_UP_TO = 20000;  // edges; above, plain lines: arrow heads double the vertices to draw
  var shared = window.kgRenderers.shared;
  var FRAME_BUDGET = 100;  // ms a frame may take to draw before moves are made on the image
  var colors = {};
  data.legend.forEach(function (item) { colors[item.label] = item.color; });
  var small = data.nodes.length < 500;
  var minSize = small ? 5 : 2, maxSize = small ? 16 : 10;
  var maxValue = data.nodes.reduce(function (m, n) { return Math.max(m, n.value); }, 1);

  var graph = new graphology.Graph({ multi: true, type: "directed" });
  data.nodes.forEach(function (node) {
    graph.addNode(node.id, { x: node.x, y: -node.y, label: node.label, color: colors[node.group] || "#bab0ac",
                             size: minSize + (maxSize - minSize) * Math.sqrt(node.value / maxValue) });
  });
  var edgeType = data.edges.length <= ARROWS_UP_TO ? "arrow" : "line";
  data.edges.forEach(function (edge) {
    var attributes = { size: 1, color: edge.dashes ? "#d8a0a0" : "#b4bfcc", type: edgeType };
    if (edge.label) { attributes.label = edge.label; }
    graph.addDirectedEdgeWithKey(String(edge.id), edge.from, edge.to, attributes);
  });

  var hiddenNodes = {}, hiddenEdges = {}, anyHidden = false, selection = {}, anySelected = false;
  // sigma draws into a stage of its own, which image moves (below) can shift and scale as a whole
  var stage = document.createElement("div");
  stage.className = "kg-stage";
  container.appendChild(stage);
  var drawStarted = performance.now();
  var sigma = new Sigma(graph, stage, {
    renderEdgeLabels: data.edges.some(function (edge) { return edge.label; }),
    enableEdgeEvents: false,  // (edges are found under the pointer here, below: sigma's picking redraws them all)
    hideEdgesOnMove: data.edges.length > ARROWS_UP_TO,
    hideLabelsOnMove: data.nodes.length > 5000,
    defaultEdgeType: edgeType,
    labelRenderedSizeThreshold: small ? 0 : 6,
    zIndex: true,
    nodeReducer: function (key, attributes) {
      if (!hiddenNodes[key] && !(anySelected && selection[key])) { return attributes; }
      var shownAs = Object.assign({}, attributes);
      if (hiddenNodes[key]) { shownAs.hidden = true; }
      if (selection[key]) { shownAs.highlighted = true; shownAs.zIndex = 1; }
      return shownAs;
    },
    edgeReducer: function (key, attributes) {
      if (!hiddenEdges[key]) { return attributes; }
      return Object.assign({}, attributes, { hidden: true });
    }
  });

  // the first frame is on screen once the browser has drawn twice since sigma rendered; if that took longer than a
  // frame should, moves are made on the image of the drawing (kgRenderers.shared.imageMoves)
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      window.kgFirstFrame = performance.now() - drawStarted;
      if (window.kgFirstFrame > FRAME_BUDGET) { imageMoves(); }
      page.stable();
    });
  });

  function imageMoves() {
    var redrawing = false;
    // the image stays moved until sigma has drawn the new view (at once if the view did not change: at a zoom limit)
    var moves = shared.imageMoves(container, stage, {
      drag: function (dx, dy) {
        var centre = sigma.viewportToFramedGraph({ x: stage.clientWidth / 2 - dx, y: stage.clientHeight / 2 - dy });
        return redraw({ x: centre.x, y: centre.y });
      },
      zoom: function (at, scale) {
        return redraw(sigma.getViewportZoomedState(at, sigma.getCamera().ratio / scale));
      }
    });
    sigma.on("afterRender", function () {
      if (redrawing) { redrawing = false; moves.settled(); }
    });
    function redraw(state) {
      var camera = sigma.getCamera(), before = camera.getState();
      redrawing = true;
      camera.setState(state);
      redrawing = !camera.hasState(before);
      return !redrawing;
    }
  }

  // The relation under the pointer, found here rather than by sigma (which would draw every edge a second time,
  // for picking, at every frame): the nearest shown edge within EDGE_REACH pixels, measured in graph coordinates,
  // with every other relation between the same two entities (drawn on the same line).
  var EDGE_REACH = 4;
  function edgesAt(point) {
    var at = sigma.viewportToGraph(point), beside = sigma.viewportToGraph({ x: point.x + EDGE_REACH, y: point.y });
    var best = null, bestDistance = Math.hypot(beside.x - at.x, beside.y - at.y);
    graph.forEachEdge(function (key, attributes, source, target, from, to) {
      if (hiddenEdges[key]) { return; }
      var dx = to.x - from.x, dy = to.y - from.y, length = dx * dx + dy * dy;
      var t = length ? Math.max(0, Math.min(1, ((at.x - from.x) * dx + (at.y - from.y) * dy) / length)) : 0;
      var distance = Math.hypot(at.x - from.x - t * dx, at.y - from.y - t * dy);
      if (distance < bestDistance) { best = key; bestDistance = distance; }
    });
    if (best === null) { return []; }
    var ends = graph.extremities(best);
    return graph.edges(ends[0], ends[1]).concat(ends[0] === ends[1] ? [] : graph.edges(ends[1], ends[0]))
      .filter(function (key) { return !hiddenEdges[key]; }).map(Number);
  }
  sigma.on("clickNode", function (event) { page.clicked("node", event.node); });
  sigma.on("clickStage", function (event) {
    var keys = edgesAt(event.event);
    if (keys.length) { page.clicked("edge", keys); }
  });
  // tooltips: the same text as vis-network's
  var tip = shared.tooltip(container);
  var overNode = false, lastLook = 0;
  sigma.on("enterNode", function (event) {
    overNode = true;
    tip.show(page.nodeTitle(page.node(event.node)), event.event);
  });
  sigma.on("leaveNode", function () { overNode = false; tip.hide(); });
  sigma.on("moveBody", function (event) {  // (looking for an edge at most every 50 ms: a scan of all of them)
    if (overNode || event.event.original.buttons || performance.now() - lastLook < 50) { return; }
    lastLook = performance.now();
    var keys = edgesAt(event.event);
    if (!keys.length) { tip.hide(); return; }
    tip.show(keys.map(function (key) { return page.edgeTitle(page.edge(key)); }).join("\n\n"), event.event);
  });

  function viewport(id) {
    var at = sigma.getNodeDisplayData(id);
    return sigma.framedGraphToViewport({ x: at.x, y: at.y });
  }
  var renderer = {
    show: function (nodeShown, edgeShown) {
      var wasAll = !anyHidden;
      hiddenNodes = {};
      hiddenEdges = {};
      anyHidden = false;
      data.nodes.forEach(function (n) { if (!nodeShown(n)) { hiddenNodes[n.id] = anyHidden = true; } });
      data.edges.forEach(function (e) { if (!edgeShown(e)) { hiddenEdges[String(e.id)] = anyHidden = true; } });
      if (anyHidden || !wasAll) { sigma.refresh(); }  // (showing everything again, as drawn, costs no frame)
    },
    neighbours: function (id) {
      var found = {};
      graph.forEachEdge(id, function (key, attributes, source, target) {
        if (!hiddenEdges[key]) { found[source === id ? target : source] = true; }
      });
      return Object.keys(found).filter(function (other) { return other !== id && !hiddenNodes[other]; });
    },
    select: function (ids) {
      selection = {};
      ids.forEach(function (id) { selection[id] = true; });
      anySelected = ids.length > 0;
      sigma.refresh();
    },
    selected: function () { return Object.keys(selection); },
    focus: function (id) {
      var at = sigma.getNodeDisplayData(id);
      sigma.getCamera().animate({ x: at.x, y: at.y, ratio: Math.min(sigma.getCamera().ratio, 0.3) }, { duration: 300 });
    },
    fit: function () { sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }); },
    screen: viewport,
    // a point of the relation's line away from every entity drawn, where the page finds this relation (and only
    // those drawn on the same line)
    edgeScreen: function (edgeId) {
      var key = String(edgeId), a = viewport(graph.source(key)), b = viewport(graph.target(key));
      var others = graph.nodes().filter(function (n) { return !hiddenNodes[n]; }).map(function (n) {
        return { at: viewport(n), size: sigma.getNodeDisplayData(n).size };
      });
      var ends = graph.extremities(key).sort().join();
      return shared.freePoint(edgeId, a, b, others, edgesAt, function (other) {
        return graph.extremities(String(other)).sort().join() === ends; });
    },
    drawn: function () {
      return { nodes: graph.filterNodes(function (n) { return !sigma.getNodeDisplayData(n).hidden; }),
               edges: graph.filterEdges(function (e) { return !sigma.getEdgeDisplayData(e).hidden; }).map(Number) };
    },
    // sigma draws in several layers (edges, nodes, labels): render now and flatten them on white
    png: function () {
      sigma.refresh();
      var layers = sigma.getCanvases(), first = layers.edges;
      var flat = document.createElement("canvas");
      flat.width = first.width;
      flat.height = first.height;
      var context = flat.getContext("2d");
      context.fillStyle = "#ffffff";
      context.fillRect(0, 0, flat.width, flat.height);
      ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"].forEach(function (name) {
        if (layers[name]) { context.drawImage(layers[name], 0, 0); }
      });
      return flat.toDataURL("image/png");
    },
    physics: null
  };
  window.kgGraph = graph;
  window.kgSigma = sigma;
  return renderer;
};
