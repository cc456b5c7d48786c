/* global document, location */
// Runs before the first paint, inlined into index.html by the build and allowed by its hash in
// the CSP (scripts/csp.mjs): shows the prerendered overview in the reader's language, or none
// when the link or the remembered last view asks for another view. It decides the language
// exactly as the app will (src/features/filters/use-url-sync.ts, src/i18n/i18n.ts), so the
// block it shows is the one the app hydrates without a mismatch: a valid `lang` in the link,
// else (when the link carries no view) the remembered view's, else the remembered choice,
// else the browser's. Storage that throws or returns non-strings is ignored; nothing here throws.
(function () {
  var html = document.documentElement;
  var choice;
  var lang = 'en';
  try {
    var read = function (key) {
      try {
        var value = localStorage.getItem(key);
        return typeof value === 'string' ? value : '';
      } catch {
        return '';
      }
    };
    var valid = function (value) {
      return value === 'en' || value === 'ko' ? value : '';
    };
    var params = new URLSearchParams(location.search);
    var stored = valid(read('pledge-tracker:lang'));
    var lastView = read('pledge-tracker:last-view');
    var browser = (navigator.languages && navigator.languages[0]) || navigator.language || '';
    var fallback = stored || (String(browser).toLowerCase().indexOf('ko') === 0 ? 'ko' : 'en');
    var keys = ['v', 'inst', 'strat', 'status', 'kind', 'q', 'program', 'lang', 'group', 'data', 'page'];
    var carriesView = false;
    params.forEach(function (value, key) {
      if (key !== 'v' && keys.indexOf(key) >= 0) carriesView = true;
    });
    var remembered = null;
    if (!carriesView && lastView.length > 0 && lastView.length <= 4000) {
      remembered = new URLSearchParams(lastView.charAt(0) === '?' ? lastView.slice(1) : lastView);
    }
    lang = valid(params.get('lang')) || (remembered && valid(remembered.get('lang'))) || fallback;
    // The prerendered block is the default overview: shown only when neither the link nor the
    // remembered view asks for anything else than a language (unknown values and parameters
    // are dropped by the app, with a notice it adds after taking over).
    var other = function (search) {
      var asks = false;
      search.forEach(function (value, key) {
        if (key !== 'v' && key !== 'lang' && keys.indexOf(key) >= 0) asks = true;
      });
      return asks;
    };
    var asksMore = carriesView ? other(params) : remembered ? other(remembered) : false;
    choice = asksMore ? 'none' : lang;
  } catch {
    choice = 'none';
  }
  html.setAttribute('data-prerender', choice);
  html.lang = lang;
})();
