// errdex: the copy button of a code page. Without JavaScript the code sits in a read-only field to select and copy;
// with it, the button appears and copies through the Clipboard API (selecting the text where that API is missing).
(function () {
  'use strict';
  document.querySelectorAll('button[data-copy]').forEach(function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    if (!field) {
      return;
    }
    var status = button.parentElement.querySelector('.copy-status');
    function say(text) {
      if (status) {
        status.textContent = text;
      }
    }
    button.hidden = false;
    button.addEventListener('click', function () {
      field.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () {
          say('Copied ' + field.value);
        }, function () {
          say('Selected: press Ctrl+C to copy');
        });
      } else {
        say('Selected: press Ctrl+C to copy');
      }
    });
  });
}());
