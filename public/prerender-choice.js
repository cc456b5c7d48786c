/* global document, location */
// Runs before the first paint, inlined into index.html by the build and allowed by its hash in
// the CSP (scripts/csp.mjs): shows the prerendered overview in the reader's language, or none
// when the link asks for another view.
(function () {
  var html = document.documentElement;
  var params = new URLSearchParams(location.search);
  var stored = null;
  var lastView = '';
  try {
    stored = localStorage.getItem('pledge-tracker:lang');
    lastView = localStorage.getItem('pledge-tracker:last-view') || '';
  } catch {
    // Storage disabled: decide from the URL and the browser.
  }
  var lang =
    params.get('lang') || stored || (navigator.languages && navigator.languages[0]) || navigator.language || 'en';
  lang = String(lang).toLowerCase().indexOf('ko') === 0 ? 'ko' : 'en';
  params.delete('lang');
  params.delete('v');
  var viewInLink = Array.from(params.keys()).length > 0;
  var viewRestored = !location.search && lastView.replace(/(^|&)(v|lang)=[^&]*/g, '').replace(/^&+|&+$/g, '') !== '';
  html.setAttribute('data-prerender', viewInLink || viewRestored ? 'none' : lang);
  html.lang = lang;
})();
