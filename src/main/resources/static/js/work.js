// Work pages. The report form's "use my location" button asks the browser for its position and fills
// the hidden latitude and longitude; the engine then finds the grid. Texts come from data-* attributes.
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("locate");
  if (!button) return;
  var status = document.getElementById("located");
  if (!("geolocation" in navigator)) {
    button.hidden = true;
    return;
  }
  button.addEventListener("click", function () {
    status.textContent = button.dataset.locating;
    navigator.geolocation.getCurrentPosition(
      function (position) {
        var lat = position.coords.latitude.toFixed(6);
        var lng = position.coords.longitude.toFixed(6);
        document.getElementById("lat").value = lat;
        document.getElementById("lng").value = lng;
        document.getElementById("gridCode").value = "";
        status.textContent = button.dataset.located.replace("{0}", lat).replace("{1}", lng);
        // The place picker resolves the point to its grid and shows the grid by name.
        document.dispatchEvent(new CustomEvent("place-chosen", { detail: { lat: Number(lat), lng: Number(lng) } }));
      },
      function () {
        status.textContent = button.dataset.failed;
      },
      { enableHighAccuracy: true, timeout: 10000 }
    );
  });
});
