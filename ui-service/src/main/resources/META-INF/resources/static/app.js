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

  // The Model counters and the media tabs follow scans and imports without a reload. Scans, imports and resets
  // answer with HX-Trigger: library-changed, and each live scan update counts as one: that starts following. While
  // following, the counters (#status) are fetched again every few seconds; it goes on while a scan runs, while the
  // pipeline is still embedding or graphing known items, and for a while after the last change (the recommender
  // reads the topics a moment after the scanner wrote them). Whenever the counts change, the media tabs are loaded
  // again: the hidden ones, and the visible one only while it says there is nothing to recommend, so a card the
  // user is looking at is never swapped away.
  const FOLLOW_MS = 15000;
  const POLL_MS = 2000;
  const SLOW_POLL_MS = 10000; // a pipeline stuck for a minute (a service down): keep following, more slowly
  const FINISHED = ['completed', 'failed', 'cancelled'];
  let followUntil = 0;
  let lastChange = 0;
  let lastCounts = null;
  let pollTimer = null;
  let tabsTimer = null;

  function follow() {
    followUntil = Date.now() + FOLLOW_MS;
    pollStatus(POLL_MS);
  }

  function pollStatus(delay) {
    if (pollTimer === null) {
      pollTimer = setTimeout(function () {
        pollTimer = null;
        // Its own event: "refresh" would bubble to the Configuration panel and reload the whole tab.
        const status = document.getElementById('status');
        if (status && window.htmx) {
          window.htmx.trigger(status, 'counters-refresh');
        }
      }, delay);
    }
  }

  function scanRunning() {
    return Array.from(document.querySelectorAll('.scan-status')).some(function (scan) {
      return FINISHED.indexOf(scan.dataset.state) < 0;
    });
  }

  // At most one reload of the tabs per second, and always one after the last change.
  function reloadMediaTabs() {
    if (tabsTimer === null) {
      tabsTimer = setTimeout(function () {
        tabsTimer = null;
        document.querySelectorAll('.tab-panel[hx-get^="tabs/"]').forEach(function (panel) {
          const showsNothing = panel.querySelector('.recommendation.empty') !== null;
          if ((panel.hidden || showsNothing) && !panel.querySelector('.htmx-request') && window.htmx) {
            window.htmx.trigger(panel, 'refresh');
          }
        });
      }, 1000);
    }
  }

  function countsArrived(stats) {
    const counts = [stats.dataset.known, stats.dataset.embedded, stats.dataset.inGraph, stats.dataset.ratings].join();
    const now = Date.now();
    if (lastCounts !== null && counts !== lastCounts) {
      lastChange = now;
      followUntil = now + FOLLOW_MS;
      reloadMediaTabs();
    }
    lastCounts = counts;
    const known = Number(stats.dataset.known);
    const pipelineBusy = Number(stats.dataset.embedded) < known || Number(stats.dataset.inGraph) < known;
    if (now < followUntil || scanRunning()) {
      pollStatus(POLL_MS);
    } else if (pipelineBusy) {
      pollStatus(now - lastChange > 60000 ? SLOW_POLL_MS : POLL_MS);
    }
  }

  document.body.addEventListener('library-changed', follow);
  document.body.addEventListener('htmx:afterSettle', function (event) {
    const target = event.target;
    if (!(target instanceof Element)) {
      return;
    }
    if (target.closest('.scan') || target.querySelector('.scan-status')) {
      follow();
    }
    const stats = target.id === 'status' ? target.querySelector('.stats') : null;
    if (stats) {
      countsArrived(stats);
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
