/*
 * Draws every process picture of the page with the bpmn-js viewer: the model and the element ids to
 * mark come from the container's data attributes. The drawing is hidden from screen readers; the
 * caption and the timeline beside it carry the same information as text.
 */
(function () {
  'use strict';

  function words(value) {
    return (value || '').split(' ').filter(function (id) { return id; });
  }

  function draw(container) {
    var viewer = new BpmnJS({ container: container });
    viewer.importXML(container.getAttribute('data-bpmn')).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      [['done', 'data-done'], ['active', 'data-active']].forEach(function (marker) {
        words(container.getAttribute(marker[1])).forEach(function (id) {
          if (registry.get(id)) {
            canvas.addMarker(id, marker[0]);
          }
        });
      });
      canvas.zoom('fit-viewport');
      container.querySelectorAll('svg').forEach(function (svg) {
        svg.setAttribute('aria-hidden', 'true');
        svg.setAttribute('focusable', 'false');
      });
      container.setAttribute('data-state', 'ready');
    }).catch(function (error) {
      container.setAttribute('data-state', 'failed');
      if (window.console) {
        console.warn('process picture not drawn', error);
      }
    });
  }

  document.querySelectorAll('.process-picture__canvas[data-bpmn]').forEach(draw);
})();
