// kg graph page, vis-network renderer: small graphs, with physics. The page script (graph.js) drives it through
// the renderer interface below; globals kgNetwork, kgNodes, kgEdges, kgView are there for tests.
window.kgRenderers = window.kgRenderers || {};
window.kgRenderers.vis = function (data, container, page) {
  "use strict";
  // vis-network shows a string title as text: the tooltips are written from the facts here, not sent twice
  data.nodes.forEach(function (node) { node.title = page.nodeTitle(node); });
  data.edges.forEach(function (edge) { edge.title = page.edgeTitle(edge); });
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var shown = { node: function () { return true; }, edge: function () { return true; } };
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return shown.node(n); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return shown.edge(e); } });
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  var physicsOn = !!(data.options.physics && data.options.physics.enabled);

  function stableOnceDrawn() { network.once("afterDrawing", page.stable); }
  if (physicsOn) {
    network.once("stabilizationIterationsDone", function () {
      renderer.physics.set(false);
      stableOnceDrawn();
      network.redraw();
    });
  } else {
    stableOnceDrawn();
  }
  network.on("click", function (params) {
    if (params.nodes.length) { page.clicked("node", params.nodes[0]); }
    else if (params.edges.length) { page.clicked("edge", params.edges[0]); }
  });

  var renderer = {
    show: function (nodeShown, edgeShown) {
      shown = { node: nodeShown, edge: edgeShown };
      nodeView.refresh();
      edgeView.refresh();
    },
    neighbours: function (id) { return network.getConnectedNodes(id); },
    select: function (ids) { network.selectNodes(ids); },
    selected: function () { return network.getSelectedNodes(); },
    focus: function (id) { network.focus(id, { scale: 1.4, animation: { duration: 300 } }); },
    fit: function () { network.fit({ animation: false }); },
    // where an entity, or a point of a relation free of anything else, is drawn (in the container's pixels)
    screen: function (id) { return network.canvasToDOM(network.getPositions([id])[id]); },
    edgeScreen: function (edgeId) {
      var edge = edges.get(edgeId), p = network.getPositions([edge.from, edge.to]);
      for (var t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65]) {
        var dom = network.canvasToDOM({ x: p[edge.from].x + t * (p[edge.to].x - p[edge.from].x),
                                        y: p[edge.from].y + t * (p[edge.to].y - p[edge.from].y) });
        if (network.getNodeAt(dom) === undefined && network.getEdgeAt(dom) === edgeId) { return dom; }
      }
      return null;
    },
    drawn: function () { return { nodes: nodeView.getIds(), edges: edgeView.getIds() }; },
    png: function () { return container.querySelector("canvas").toDataURL("image/png"); },
    physics: {
      on: function () { return physicsOn; },
      set: function (on) { physicsOn = on; network.setOptions({ physics: { enabled: on } }); page.physicsChanged(on); }
    }
  };
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
  window.kgView = { nodes: nodeView, edges: edgeView };
  return renderer;
};
