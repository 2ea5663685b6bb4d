// kg graph page: what the renderers of large graphs (WebGL, Canvas 2D) share: tooltips, moves on the image, a free
// point of a relation's line, and whether this browser draws WebGL on a GPU.
window.kgRenderers = window.kgRenderers || {};
window.kgRenderers.shared = {
  // A tooltip beside the pointer, on the side where it fits; its text is written on hover only (a 100,000-entity
  // page would wait for them all).
  tooltip: function (container) {
    var tip = document.createElement("div");
    tip.className = "kg-tooltip";
    tip.hidden = true;
    container.appendChild(tip);
    return {
      show: function (text, at) {
        tip.textContent = text;
        tip.hidden = false;
        var left = at.x + 14, top = at.y + 14;
        if (left + tip.offsetWidth > container.clientWidth) { left = Math.max(0, at.x - 14 - tip.offsetWidth); }
        if (top + tip.offsetHeight > container.clientHeight) { top = Math.max(0, at.y - 14 - tip.offsetHeight); }
        tip.style.left = left + "px";
        tip.style.top = top + "px";
      },
      hide: function () { tip.hidden = true; }
    };
  },

  // Moves on the image. Where one frame costs more than a frame should (a very large graph, or a browser without a
  // GPU), redrawing at every step of a drag or a turn of the wheel would stutter: instead the stage holding the last
  // drawing is shifted or scaled by the browser's compositor, as map viewers do, and the renderer draws once, where
  // the gesture ended. `view.drag(dx, dy)` and `view.zoom(at, scale)` move the camera by the whole gesture and
  // return true once drawn, false if the drawing comes later (the renderer then calls `settled()`). Events are
  // caught as they go down to the renderer's layers and kept from them (they would move the camera too).
  imageMoves: function (container, stage, view) {
    window.kgImageMoves = true;
    var drag = null, dragged = false, zoom = null, settleZoom = null;
    function settled() { stage.style.transform = ""; }
    function drawn(now) { if (now) { settled(); } }
    function endZoom() {
      clearTimeout(settleZoom);
      if (!zoom) { return; }
      var ended = zoom;
      zoom = null;
      drawn(view.zoom(ended.at, ended.scale));
    }
    container.addEventListener("mousedown", function (event) {
      dragged = false;  // (a drag that ended outside the page is followed by no click to swallow)
      if (event.button !== 0) { return; }
      event.stopPropagation();
      endZoom();
      drag = { x: event.clientX, y: event.clientY, dx: 0, dy: 0 };
    }, true);
    container.addEventListener("click", function (event) {  // the click that ends a drag is not a click on a thing
      if (dragged) { event.stopPropagation(); dragged = false; }
    }, true);
    window.addEventListener("mousemove", function (event) {
      if (!drag) { return; }
      drag.dx = event.clientX - drag.x;
      drag.dy = event.clientY - drag.y;
      stage.style.transform = "translate(" + drag.dx + "px, " + drag.dy + "px)";
    }, true);
    window.addEventListener("mouseup", function () {
      if (!drag) { return; }
      var moved = drag;
      drag = null;
      dragged = Math.abs(moved.dx) + Math.abs(moved.dy) >= 3;
      if (!dragged) { settled(); return; }
      drawn(view.drag(moved.dx, moved.dy));
    }, true);
    container.addEventListener("wheel", function (event) {
      event.preventDefault();
      event.stopPropagation();
      var box = container.getBoundingClientRect();
      if (!zoom) { zoom = { at: { x: event.clientX - box.left, y: event.clientY - box.top }, scale: 1 }; }
      zoom.scale = Math.min(Math.max(zoom.scale * (event.deltaY < 0 ? 1.2 : 1 / 1.2), 0.05), 20);
      stage.style.transformOrigin = zoom.at.x + "px " + zoom.at.y + "px";
      stage.style.transform = "scale(" + zoom.scale + ")";
      clearTimeout(settleZoom);
      settleZoom = setTimeout(endZoom, 250);
    }, { passive: false, capture: true });
    return { settled: settled };
  },

  // A point of the relation's line from `a` to `b` (viewport points) away from every entity drawn (`others`: their
  // viewport points and sizes) where `edgesAt` finds this relation, and only those drawn on the same line
  // (`sameLine`): where the page can point at it.
  freePoint: function (edgeId, a, b, others, edgesAt, sameLine) {
    for (var t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65]) {
      var point = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
      var found = edgesAt(point);
      if (others.every(function (o) { return Math.hypot(o.at.x - point.x, o.at.y - point.y) > o.size + 6; }) &&
          found.indexOf(edgeId) >= 0 && found.every(sameLine)) {
        return point;
      }
    }
    return null;
  },

  // Whether this browser draws WebGL on a GPU. Without one (WebGL unavailable, or drawn on the CPU by SwiftShader,
  // llvmpipe or Windows' Basic Render Driver) a WebGL frame of a large graph takes seconds, and the page draws
  // with the Canvas 2D renderer instead. A browser that does not say what draws its WebGL is taken at its word.
  gpuWebgl: function () {
    var gl = null;
    try { gl = document.createElement("canvas").getContext("webgl"); } catch (error) { return false; }
    if (!gl) { return false; }
    var info = gl.getExtension("WEBGL_debug_renderer_info");
    var name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
    var lose = gl.getExtension("WEBGL_lose_context");
    if (lose) { lose.loseContext(); }
    return !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
  }
};
