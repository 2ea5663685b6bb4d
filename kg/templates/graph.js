// kg graph page: reads its data from the JSON block and builds everything with textContent (never innerHTML).
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  document.getElementById("title").textContent = data.title;
  document.getElementById("counts").textContent =
    " — " + data.nodes.length + " entities, " + data.edges.length + " relations";
  var legend = document.getElementById("legend");
  data.legend.forEach(function (item) {
    var row = document.createElement("div");
    var swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = item.color;
    var text = document.createElement("span");
    text.textContent = item.label + " (" + item.count + ")";
    row.appendChild(swatch);
    row.appendChild(text);
    legend.appendChild(row);
  });
  var network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, data.options);
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    window.kgStable = true;
  });
  if (!data.options.physics || data.options.physics.enabled === false) { window.kgStable = true; }
  window.kgNetwork = network;
  window.kgNodes = nodes;
  window.kgEdges = edges;
})();
