// kg graph page, Canvas 2D renderer for large graphs in browsers that draw WebGL without a GPU (where one WebGL
// frame of 10,000 entities takes a second): the layout from Python drawn straight from the page's arrays, each kind
// in one path. The page script (graph.js) drives it through the same interface as the other renderers.
window.kgRenderers = window.kgRenderers || {};
window.kgRenderers.canvas = function (data, container, page) {
  "use strict";
  var shared = window.kgRenderers.shared;
  var FRAME_BUDGET = 100;  // ms a frame may take to draw before moves are made on the image
  var ARROWS_UP_TO = 20000;  // edges; above, plain lines
  var LABEL_SIZE = 6;  // px: entities drawn at least this big are labelled (as sigma's labelRenderedSizeThreshold)
  var LABEL_CELL = { x: 20, y: 7 };  // px: labels take the cells of this grid they cover, the biggest entities' first
  var MAX_LABELS = 500;  // a frame
  var CHARACTER_WIDTH = 7;  // px, about, of the labels' font: wide enough that labels do not overlap
  var EDGE_LABELS_UP_TO = 300;  // relations on screen; more, and their labels would cover each other
  var EDGE_REACH = 4;  // px from a relation's line that still points at it
  var nodes = data.nodes, edges = data.edges, count = nodes.length;
  // entities as big as on the WebGL page up to CROWDED of them; above, smaller, so that they cover about as much of
  // the view as CROWDED do (a hundred thousand entities drawn as big would cover it ten times over)
  var CROWDED = 20000;
  var small = count < 500, shrink = Math.min(1, Math.sqrt(CROWDED / Math.max(count, 1)));
  var minSize = small ? 5 : 2 * shrink, maxSize = small ? 16 : 10 * shrink;
  var maxValue = nodes.reduce(function (m, n) { return Math.max(m, n.value); }, 1);

  // positions, sizes and colours in typed arrays; entities by kind (one path each), and by size for labels
  var x = new Float64Array(count), y = new Float64Array(count), size = new Float64Array(count);
  var colours = {}, kinds = [], byKind = {};
  data.legend.forEach(function (item) { colours[item.label] = item.color; });
  nodes.forEach(function (node, i) {
    x[i] = node.x;
    y[i] = node.y;
    size[i] = minSize + (maxSize - minSize) * Math.sqrt(node.value / maxValue);
    var colour = colours[node.group] || "#bab0ac";
    if (!byKind[colour]) { byKind[colour] = []; kinds.push(colour); }
    byKind[colour].push(i);
  });
  function positionOf(id) { return page.node(id).index; }  // (an entity's position in the page's arrays)
  var biggestFirst = nodes.map(function (n, i) { return i; }).sort(function (a, b) { return size[b] - size[a]; });
  var from = new Int32Array(edges.length), to = new Int32Array(edges.length), dashes = new Uint8Array(edges.length);
  edges.forEach(function (edge, k) {
    from[k] = edge.fromIndex;
    to[k] = edge.toIndex;
    dashes[k] = edge.dashes ? 1 : 0;
  });
  var edgeLabels = edges.some(function (edge) { return edge.label; });

  var hiddenNodes = new Uint8Array(count), hiddenEdges = new Uint8Array(edges.length), anyHidden = false;
  var selection = {};

  var stage = document.createElement("div");
  stage.className = "kg-stage";
  container.appendChild(stage);
  var canvas = document.createElement("canvas");
  canvas.style.width = "100%";
  canvas.style.height = "100%";
  canvas.style.display = "block";
  stage.appendChild(canvas);
  var context = canvas.getContext("2d");

  // The camera: the graph point at the centre of the view and a zoom ratio (1 frames every entity; smaller is
  // closer), as sigma's
  var bounds = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
  for (var i = 0; i < count; i++) {
    bounds.minX = Math.min(bounds.minX, x[i]); bounds.maxX = Math.max(bounds.maxX, x[i]);
    bounds.minY = Math.min(bounds.minY, y[i]); bounds.maxY = Math.max(bounds.maxY, y[i]);
  }
  if (!count) { bounds = { minX: 0, maxX: 1, minY: 0, maxY: 1 }; }
  var home = { x: (bounds.minX + bounds.maxX) / 2, y: (bounds.minY + bounds.maxY) / 2, ratio: 1 };
  var camera = Object.assign({}, home), width = 0, height = 0;

  function scale() {  // screen pixels per graph unit
    var spanX = Math.max(bounds.maxX - bounds.minX, 1e-9), spanY = Math.max(bounds.maxY - bounds.minY, 1e-9);
    return 0.9 * Math.min(width / spanX, height / spanY) / camera.ratio;
  }
  function toScreen(gx, gy) {
    var s = scale();
    return { x: (gx - camera.x) * s + width / 2, y: (gy - camera.y) * s + height / 2 };
  }
  function toGraph(point) {
    var s = scale();
    return { x: (point.x - width / 2) / s + camera.x, y: (point.y - height / 2) / s + camera.y };
  }
  function radius(i) { return size[i] / Math.sqrt(camera.ratio); }  // entities grow slower than the zoom

  function resize() {
    var ratio = window.devicePixelRatio || 1;
    width = container.clientWidth;
    height = container.clientHeight;
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  // ---------------------------------------------------------------- drawing
  function draw() {
    var started = performance.now(), s = scale(), cx = camera.x, cy = camera.y, halfW = width / 2, halfH = height / 2;
    context.fillStyle = "#ffffff";
    context.fillRect(0, 0, width, height);
    drawEdges(s, cx, cy, halfW, halfH);
    kinds.forEach(function (colour) {
      context.fillStyle = colour;
      context.beginPath();
      byKind[colour].forEach(function (i) {
        if (hiddenNodes[i]) { return; }
        var sx = (x[i] - cx) * s + halfW, sy = (y[i] - cy) * s + halfH, r = radius(i);
        if (sx < -r || sy < -r || sx > width + r || sy > height + r) { return; }
        if (r < 1.5) { context.rect(sx - r, sy - r, 2 * r, 2 * r); return; }  // (a dot: a square is cheaper)
        context.moveTo(sx + r, sy);
        context.arc(sx, sy, r, 0, 2 * Math.PI);
      });
      context.fill();
    });
    drawSelection();
    drawLabels();
    return performance.now() - started;
  }

  function drawEdges(s, cx, cy, halfW, halfH) {
    var arrows = edges.length <= ARROWS_UP_TO, onScreen = [];
    [0, 1].forEach(function (dashed) {  // (a negated or hypothetical fact's relations in red, as on WebGL)
      context.strokeStyle = dashed ? "#d8a0a0" : "#b4bfcc";
      context.lineWidth = 1;
      context.beginPath();
      for (var k = 0; k < edges.length; k++) {
        if (hiddenEdges[k] || dashes[k] !== dashed) { continue; }
        var a = from[k], b = to[k];
        var ax = (x[a] - cx) * s + halfW, ay = (y[a] - cy) * s + halfH;
        var bx = (x[b] - cx) * s + halfW, by = (y[b] - cy) * s + halfH;
        if ((ax < 0 && bx < 0) || (ay < 0 && by < 0) || (ax > width && bx > width) || (ay > height && by > height)) {
          continue;
        }
        context.moveTo(ax, ay);
        context.lineTo(bx, by);
        if (arrows) { arrowHead(ax, ay, bx, by, radius(b)); }
        if (edgeLabels && onScreen.length <= EDGE_LABELS_UP_TO) { onScreen.push(k); }
      }
      context.stroke();
    });
    if (onScreen.length && onScreen.length <= EDGE_LABELS_UP_TO) {
      context.fillStyle = "#777777";
      context.font = "10px system-ui, sans-serif";
      context.textAlign = "center";
      onScreen.forEach(function (k) {
        if (!edges[k].label) { return; }
        var a = toScreen(x[from[k]], y[from[k]]), b = toScreen(x[to[k]], y[to[k]]);
        context.fillText(edges[k].label, (a.x + b.x) / 2, (a.y + b.y) / 2 - 3);
      });
      context.textAlign = "start";
    }
  }

  // an open head where the line meets its target, in the lines' own path (filled heads cost Canvas 2D ten times more)
  function arrowHead(ax, ay, bx, by, r) {
    var dx = bx - ax, dy = by - ay, length = Math.hypot(dx, dy);
    if (length < 2 * r + 6) { return; }
    var ux = dx / length, uy = dy / length, tipX = bx - ux * r, tipY = by - uy * r;
    context.moveTo(tipX - ux * 6 - uy * 3, tipY - uy * 6 + ux * 3);
    context.lineTo(tipX, tipY);
    context.lineTo(tipX - ux * 6 + uy * 3, tipY - uy * 6 - ux * 3);
  }

  function drawSelection() {
    context.strokeStyle = "#222222";
    context.lineWidth = 2;
    Object.keys(selection).forEach(function (id) {
      var i = positionOf(id);
      if (hiddenNodes[i]) { return; }
      var at = toScreen(x[i], y[i]);
      context.beginPath();
      context.arc(at.x, at.y, radius(i) + 2, 0, 2 * Math.PI);
      context.stroke();
    });
  }

  // labels of the biggest entities drawn where they overlap no label already drawn, and of every selected entity
  function drawLabels() {
    var taken = {}, drawnLabels = 0;
    context.font = "12px system-ui, sans-serif";
    context.fillStyle = "#222222";
    function label(i, always) {
      var at = toScreen(x[i], y[i]), left = at.x + radius(i) + 3;
      if (at.x < 0 || at.y < 0 || at.x > width || at.y > height) { return; }
      if (!always && taken[Math.floor(left / LABEL_CELL.x) + ":" + Math.floor(at.y / LABEL_CELL.y)]) { return; }
      var text = nodes[i].label, right = left + CHARACTER_WIDTH * text.length, cells = [];
      for (var cx = Math.floor(left / LABEL_CELL.x); cx <= Math.floor(right / LABEL_CELL.x); cx++) {
        for (var cy = Math.floor((at.y - 8) / LABEL_CELL.y); cy <= Math.floor((at.y + 6) / LABEL_CELL.y); cy++) {
          if (!always && taken[cx + ":" + cy]) { return; }
          cells.push(cx + ":" + cy);
        }
      }
      cells.forEach(function (cell) { taken[cell] = true; });
      drawnLabels += 1;
      context.fillText(text, left, at.y + 4);
    }
    Object.keys(selection).forEach(function (id) {
      if (!hiddenNodes[positionOf(id)]) { label(positionOf(id), true); }
    });
    for (var k = 0; k < biggestFirst.length && drawnLabels < MAX_LABELS; k++) {
      var i = biggestFirst[k];
      if (radius(i) < LABEL_SIZE && !small) { break; }
      if (!hiddenNodes[i] && !selection[nodes[i].id]) { label(i, false); }
    }
  }

  // ---------------------------------------------------------------- what is under the pointer
  function nodeAt(point) {
    var best = -1, bestDistance = Infinity;
    for (var i = 0; i < count; i++) {
      if (hiddenNodes[i]) { continue; }
      var at = toScreen(x[i], y[i]), distance = Math.hypot(at.x - point.x, at.y - point.y);
      if (distance <= radius(i) + 2 && distance < bestDistance) { best = i; bestDistance = distance; }
    }
    return best < 0 ? null : nodes[best].id;
  }
  // the nearest shown relation within EDGE_REACH pixels, with every other relation between the same two entities
  // (drawn on the same line)
  function edgesAt(point) {
    var at = toGraph(point), reach = EDGE_REACH / scale(), best = -1;
    for (var k = 0; k < edges.length; k++) {
      if (hiddenEdges[k]) { continue; }
      var ax = x[from[k]], ay = y[from[k]], dx = x[to[k]] - ax, dy = y[to[k]] - ay, length = dx * dx + dy * dy;
      var t = length ? Math.max(0, Math.min(1, ((at.x - ax) * dx + (at.y - ay) * dy) / length)) : 0;
      var distance = Math.hypot(at.x - ax - t * dx, at.y - ay - t * dy);
      if (distance < reach) { best = k; reach = distance; }
    }
    if (best < 0) { return []; }
    return edges.filter(function (e, k) { return !hiddenEdges[k] && sameLine(k, best); }).map(function (e) {
      return e.id; });
  }
  // each entity's relations (by position), indexed when first asked for: a 3-hop neighbourhood asks for thousands
  var relations = null;
  function relationsOf(i) {
    if (relations === null) {
      relations = nodes.map(function () { return []; });
      for (var k = 0; k < edges.length; k++) {
        relations[from[k]].push(k);
        if (to[k] !== from[k]) { relations[to[k]].push(k); }
      }
    }
    return relations[i];
  }
  function sameLine(j, k) {  // relations between the same two entities, either way
    return (from[j] === from[k] && to[j] === to[k]) || (from[j] === to[k] && to[j] === from[k]);
  }
  function pointer(event) {
    var box = canvas.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  }
  canvas.addEventListener("click", function (event) {
    var at = pointer(event), id = nodeAt(at);
    if (id !== null) { page.clicked("node", id); return; }
    var keys = edgesAt(at);
    if (keys.length) { page.clicked("edge", keys); }
  });
  var tip = shared.tooltip(container), lastLook = 0;
  canvas.addEventListener("mousemove", function (event) {  // (at most every 50 ms: a scan of every relation)
    if (event.buttons || performance.now() - lastLook < 50) { return; }
    lastLook = performance.now();
    var at = pointer(event), id = nodeAt(at);
    canvas.style.cursor = id === null ? "default" : "pointer";
    if (id !== null) { tip.show(page.nodeTitle(page.node(id)), at); return; }
    var keys = edgesAt(at);
    if (!keys.length) { tip.hide(); return; }
    tip.show(keys.map(function (key) { return page.edgeTitle(page.edge(key)); }).join("\n\n"), at);
  });
  canvas.addEventListener("mouseleave", function () { tip.hide(); });

  // ---------------------------------------------------------------- moves
  function dragBy(dx, dy) {
    var s = scale();
    camera.x -= dx / s;
    camera.y -= dy / s;
  }
  function zoomAround(at, factor) {  // the graph point under `at` stays under it
    var before = toGraph(at);
    camera.ratio = Math.min(Math.max(camera.ratio / factor, 0.002), 20);
    var after = toGraph(at);
    camera.x += before.x - after.x;
    camera.y += before.y - after.y;
  }
  function liveMoves() {  // frames are cheap: the drawing follows the pointer
    var drag = null, dragged = false;
    canvas.addEventListener("mousedown", function (event) {
      dragged = false;  // (a drag that ended outside the page is followed by no click to swallow)
      if (event.button === 0) { drag = { x: event.clientX, y: event.clientY, moved: 0 }; }
    });
    window.addEventListener("mousemove", function (event) {
      if (!drag) { return; }
      dragBy(event.clientX - drag.x, event.clientY - drag.y);
      drag.moved += Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y);
      drag.x = event.clientX;
      drag.y = event.clientY;
      draw();
    });
    window.addEventListener("mouseup", function () { dragged = drag !== null && drag.moved >= 3; drag = null; });
    container.addEventListener("click", function (event) {
      if (dragged) { event.stopPropagation(); dragged = false; }
    }, true);
    container.addEventListener("wheel", function (event) {
      event.preventDefault();
      zoomAround(pointer(event), event.deltaY < 0 ? 1.2 : 1 / 1.2);
      draw();
    }, { passive: false });
  }

  resize();
  var drawStarted = performance.now();
  var firstDraw = draw();
  // the first frame is on screen once the browser has drawn twice since; where it took longer than a frame should,
  // moves are made on the image of the drawing
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      window.kgFirstFrame = performance.now() - drawStarted;
      if (Math.max(firstDraw, window.kgFirstFrame) > FRAME_BUDGET) {
        shared.imageMoves(container, stage, {
          drag: function (dx, dy) { dragBy(dx, dy); draw(); return true; },
          zoom: function (at, factor) { zoomAround(at, factor); draw(); return true; }
        });
      } else {
        liveMoves();
      }
      page.stable();
    });
  });
  window.addEventListener("resize", function () { resize(); draw(); });

  return {
    show: function (nodeShown, edgeShown) {
      var wasAll = !anyHidden;
      nodes.forEach(function (n, i) { hiddenNodes[i] = nodeShown(n) ? 0 : 1; });
      edges.forEach(function (e, k) { hiddenEdges[k] = edgeShown(e) ? 0 : 1; });
      anyHidden = hiddenNodes.indexOf(1) >= 0 || hiddenEdges.indexOf(1) >= 0;
      if (anyHidden || !wasAll) { draw(); }  // (showing everything again, as drawn, costs no frame)
    },
    neighbours: function (id) {
      var i = positionOf(id), found = {};
      relationsOf(i).forEach(function (k) {
        var other = from[k] === i ? to[k] : from[k];
        if (!hiddenEdges[k] && other !== i && !hiddenNodes[other]) { found[other] = true; }
      });
      return Object.keys(found).map(function (j) { return nodes[j].id; });
    },
    select: function (ids) {
      selection = {};
      ids.forEach(function (id) { selection[id] = true; });
      draw();
    },
    selected: function () { return Object.keys(selection); },
    focus: function (id) {
      var i = positionOf(id);
      camera.x = x[i];
      camera.y = y[i];
      camera.ratio = Math.min(camera.ratio, 0.3);
      draw();
    },
    fit: function () { Object.assign(camera, home); draw(); },
    screen: function (id) { var i = positionOf(id); return toScreen(x[i], y[i]); },
    edgeScreen: function (k) {  // (a relation's id is its position)
      var others = [];
      for (var i = 0; i < count; i++) {
        if (!hiddenNodes[i]) { others.push({ at: toScreen(x[i], y[i]), size: radius(i) }); }
      }
      return shared.freePoint(k, toScreen(x[from[k]], y[from[k]]), toScreen(x[to[k]], y[to[k]]), others, edgesAt,
                              function (j) { return sameLine(j, k); });
    },
    drawn: function () {
      return { nodes: nodes.filter(function (n, i) { return !hiddenNodes[i]; }).map(function (n) { return n.id; }),
               edges: edges.filter(function (e, k) { return !hiddenEdges[k]; }).map(function (e) { return e.id; }) };
    },
    png: function () { draw(); return canvas.toDataURL("image/png"); },
    physics: null
  };
};
