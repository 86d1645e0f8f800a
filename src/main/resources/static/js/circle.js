// "Use my location" on the service circle page: fills in the browser's position and searches.
(function () {
  function start() {
    var button = document.getElementById("locate");
    var status = document.getElementById("locate-status");
    if (!button || !navigator.geolocation) { if (button) button.hidden = true; return; }
    button.addEventListener("click", function () {
      status.textContent = button.dataset.locating;
      navigator.geolocation.getCurrentPosition(function (position) {
        document.getElementById("lat").value = position.coords.latitude.toFixed(6);
        document.getElementById("lng").value = position.coords.longitude.toFixed(6);
        document.getElementById("circle-form").submit();
      }, function () {
        status.textContent = button.dataset.failed;
      }, { timeout: 10000 });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
