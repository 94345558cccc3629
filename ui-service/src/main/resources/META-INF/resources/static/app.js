// Tabs (WAI-ARIA tab pattern) and the rating keyboard shortcuts. Everything else is htmx.
(function () {
  'use strict';

  const tabs = Array.from(document.querySelectorAll('[role="tab"]'));

  function panelOf(tab) {
    return document.getElementById(tab.getAttribute('aria-controls'));
  }

  function select(tab, moveFocus) {
    tabs.forEach(function (other) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      panelOf(other).hidden = !selected;
    });
    if (moveFocus) {
      tab.focus();
    }
    // The hash keeps the tab across a reload without a round trip to the server.
    history.replaceState(null, '', '#' + tab.dataset.tab);
  }

  tabs.forEach(function (tab, index) {
    tab.addEventListener('click', function () {
      select(tab, false);
    });
    tab.addEventListener('keydown', function (event) {
      const target = {
        ArrowRight: tabs[(index + 1) % tabs.length],
        ArrowLeft: tabs[(index - 1 + tabs.length) % tabs.length],
        Home: tabs[0],
        End: tabs[tabs.length - 1]
      }[event.key];
      if (target) {
        event.preventDefault();
        select(target, true);
      }
    });
  });

  const fromHash = tabs.find(function (tab) {
    return '#' + tab.dataset.tab === location.hash;
  });
  if (fromHash) {
    select(fromHash, false);
  }

  // 1–9 rate 1–9 and 0 rates 10: a click on the current card's button, on the visible tab; never while typing in
  // a form field or while a rating is in flight.
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || !/^[0-9]$/.test(event.key)) {
      return;
    }
    if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) {
      return;
    }
    const panel = document.querySelector('.tab-panel:not([hidden])');
    if (!panel || panel.querySelector('.htmx-request')) {
      return;
    }
    const wanted = event.key === '0' ? '10' : event.key;
    const button = panel.querySelector('.recommendation button.rate[value="' + wanted + '"]');
    if (button && !button.disabled) {
      event.preventDefault();
      button.click();
    }
  });

  // The view buttons of a media tab (for you / top list / history) show which view is on screen.
  document.addEventListener('click', function (event) {
    const view = event.target instanceof Element ? event.target.closest('.view-button') : null;
    if (view) {
      view.parentElement.querySelectorAll('.view-button').forEach(function (other) {
        other.setAttribute('aria-pressed', String(other === view));
      });
    }
  });

  // Choosing another profile switches to it at once (the form still works without JavaScript via its button).
  document.addEventListener('change', function (event) {
    if (event.target instanceof HTMLSelectElement && event.target.hasAttribute('data-autosubmit')) {
      event.target.form.submit();
    }
  });

  // "Try again" and "Refresh" buttons reload the panel they sit in (its hx-trigger listens for "refresh").
  document.addEventListener('click', function (event) {
    const trigger = event.target instanceof Element ? event.target.closest('[data-refresh]') : null;
    const panel = trigger ? trigger.closest('.tab-panel') : null;
    if (panel && window.htmx) {
      window.htmx.trigger(panel, 'refresh');
    }
  });
})();
