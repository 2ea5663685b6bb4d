// kg graph page, WebGL renderer for large graphs: sigma.js draws a graphology graph laid out in Python. The page
// script (graph.js) drives it through the same interface as the vis-network renderer; globals kgGraph (the
// graphology graph) and kgSigma (the renderer) are there for tests.
window.kgRenderers = window.kgRenderers || {};
window.kgRenderers.webgl = function (data, container, page) {
  "use strict";
  var ARROWS_UP_TO = 20000;  // edges; above, plain lines: arrow heads double the vertices to draw
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

  var shown = { node: function () { return true; }, edge: function () { return true; } };
  var hiddenNodes = {}, hiddenEdges = {}, selection = {}, anySelected = false;
  var sigma = new Sigma(graph, container, {
    renderEdgeLabels: data.edges.some(function (e) { return !!e.label; }),
    enableEdgeEvents: true,
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

  // the first frame is on screen once the browser has drawn twice since sigma rendered
  requestAnimationFrame(function () { requestAnimationFrame(page.stable); });

  sigma.on("clickNode", function (event) { page.clicked("node", event.node); });
  sigma.on("clickEdge", function (event) { page.clicked("edge", Number(event.edge)); });
  // tooltips: the same text as vis-network's, written on hover only (a 100,000-entity page would wait for them all)
  var tip = document.createElement("div");
  tip.className = "kg-tooltip";
  tip.hidden = true;
  container.appendChild(tip);
  function showTip(text, event) {
    tip.textContent = text;
    tip.hidden = false;
    // beside the pointer, on the side where it fits
    var left = event.x + 14, top = event.y + 14;
    if (left + tip.offsetWidth > container.clientWidth) { left = Math.max(0, event.x - 14 - tip.offsetWidth); }
    if (top + tip.offsetHeight > container.clientHeight) { top = Math.max(0, event.y - 14 - tip.offsetHeight); }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  sigma.on("enterNode", function (event) { showTip(page.nodeTitle(page.node(event.node)), event.event); });
  sigma.on("enterEdge", function (event) { showTip(page.edgeTitle(page.edge(Number(event.edge))), event.event); });
  sigma.on("leaveNode", function () { tip.hidden = true; });
  sigma.on("leaveEdge", function () { tip.hidden = true; });

  function viewport(id) {
    var at = sigma.getNodeDisplayData(id);
    return sigma.framedGraphToViewport({ x: at.x, y: at.y });
  }
  var renderer = {
    show: function (nodeShown, edgeShown) {
      shown = { node: nodeShown, edge: edgeShown };
      hiddenNodes = {};
      hiddenEdges = {};
      data.nodes.forEach(function (n) { if (!nodeShown(n)) { hiddenNodes[n.id] = true; } });
      data.edges.forEach(function (e) { if (!edgeShown(e)) { hiddenEdges[String(e.id)] = true; } });
      sigma.refresh();
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
    // a point of the relation's line at least a node's size away from every entity drawn
    edgeScreen: function (edgeId) {
      var key = String(edgeId), a = viewport(graph.source(key)), b = viewport(graph.target(key));
      var others = graph.nodes().filter(function (n) { return !hiddenNodes[n]; }).map(function (n) {
        return { at: viewport(n), size: sigma.getNodeDisplayData(n).size };
      });
      for (var t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65]) {
        var point = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
        if (others.every(function (o) { return Math.hypot(o.at.x - point.x, o.at.y - point.y) > o.size + 6; })) {
          return point;
        }
      }
      return null;
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
