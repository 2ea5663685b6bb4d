// The workbench at /query: YASGUI pointed at this server's /sparql, kg's examples as tabs (added on the first visit;
// YASGUI keeps a person's tabs in this browser after that), and a button that opens the current tab's result as a
// graph page (/graph?query=…). Everything stays on this origin.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("kg-workbench").textContent);
  var endpoint = new URL(config.endpoint, location.href).href;
  var request = { endpoint: endpoint, method: "POST" };
  var yasgui = new Yasgui(document.getElementById("workbench"), {
    requestConfig: request,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; }, keys: [] },
    yasqe: { value: config.examples[0].query, autocompleters: ["variables"] },
    persistenceId: "kg-workbench",
  });
  var seen = "kg-workbench-examples";
  if (localStorage.getItem(seen) !== config.version) {
    config.examples.slice(1).forEach(function (example) {
      yasgui.addTab(false, { name: example.name, yasqe: { value: example.query }, requestConfig: request });
    });
    localStorage.setItem(seen, config.version);
  }
  document.getElementById("open-graph").addEventListener("click", function () {
    var query = yasgui.getTab().getQuery();
    window.open(config.graph + "?query=" + encodeURIComponent(query), "_blank", "noopener");
  });
  window.kgYasgui = yasgui;
})();
