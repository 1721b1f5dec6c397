// Keeps the site usable with no network after the first visit: registers the service worker that
// the release build writes (sw.js, with the list of this build's files), and when a newer version has
// been installed in the background, offers to reload. It never reloads by itself, so nobody loses
// their place in an assessment. Where service workers are missing or refused, the site simply works
// online as before.
(function () {
  if (!('serviceWorker' in navigator)) return;
  var reloadWanted = false;

  function offerReload(worker) {
    if (document.getElementById('update-banner')) return;
    var banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
    var text = document.createElement('span');
    text.textContent = 'A new version of Culture Check is available. Your answers are kept when you reload.';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--primary';
    button.textContent = 'Reload';
    button.addEventListener('click', function () {
      reloadWanted = true;
      worker.postMessage('skip-waiting');
    });
    banner.append(text, button);
    document.body.append(banner);
  }

  // The new version takes over only after "Reload" was pressed; then the page reloads into it.
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (reloadWanted) location.reload();
  });

  addEventListener('load', function () {
    navigator.serviceWorker
      .register('sw.js')
      .then(function (registration) {
        // A newer version is one installed while another version controls the page. On a first
        // visit WebKit can tell of the install after the same worker has already taken control.
        function replacesController(worker) {
          var controller = navigator.serviceWorker.controller;
          return Boolean(controller) && controller !== worker;
        }
        function watch(worker) {
          worker.addEventListener('statechange', function () {
            if (worker.state === 'installed' && replacesController(worker)) offerReload(worker);
          });
        }
        if (registration.waiting && replacesController(registration.waiting)) offerReload(registration.waiting);
        if (registration.installing) watch(registration.installing);
        registration.addEventListener('updatefound', function () {
          if (registration.installing) watch(registration.installing);
        });
      })
      .catch(function () {
        // No offline copy (a development build has no sw.js, or the browser refused): online as before.
      });
  });
})();
