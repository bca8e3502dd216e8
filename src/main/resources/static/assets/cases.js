// Case overview page (案件进展): the cases the user may read, where each stands and who holds it, through /api/cases.
(function () {
  'use strict';

  var headers = { 'X-Requested-With': 'XMLHttpRequest', 'Accept': 'application/json' };

  function $(id) { return document.getElementById(id); }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    return node;
  }

  // Times are China Standard Time whatever the browser's zone, as on the records themselves.
  var CHINA_TIME = new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  });

  function parts(iso) {
    var part = {};
    CHINA_TIME.formatToParts(new Date(iso)).forEach(function (p) { part[p.type] = p.value; });
    return part;
  }

  function when(iso) {
    if (!iso) { return ''; }
    var p = parts(iso);
    return p.year + '年' + p.month + '月' + p.day + '日 ' + p.hour + ':' + p.minute;
  }

  function day(iso) {
    if (!iso) { return ''; }
    var p = parts(iso);
    return p.year + '年' + p.month + '月' + p.day + '日';
  }

  function getJson(url) {
    return fetch(url, { headers: headers, credentials: 'same-origin' }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.status === 401) { window.location.href = '/login'; }
        if (response.status === 403) { throw new Error('您没有查看案件进展的权限：案件进展供担任职务的人员查看。'); }
        if (!response.ok) { throw new Error(body.message || ('请求失败（HTTP ' + response.status + '）')); }
        return body;
      });
    });
  }

  function status(text, bad) {
    var node = $('status');
    node.textContent = text;
    node.className = bad ? 'error' : '';
  }

  function stepsCell(steps, show) {
    var td = el('td');
    if (!steps.length) { td.textContent = '—'; }
    steps.forEach(function (step) {
      var line = show(step);
      if (line) { td.appendChild(line); }
    });
    return td;
  }

  function holderText(step) {
    if (!step.holder) { return el('div', '（等待期满或其他环节）', 'step waiting'); }
    return el('div', step.claimed ? step.holder : step.holder + '（待认领）', 'step');
  }

  function dueText(step) {
    if (!step.dueAt) { return el('div', '—', 'step'); }
    return el('div', day(step.dueAt) + (step.overdue ? '（已逾期）' : ''), step.overdue ? 'step overdue' : 'step');
  }

  function loadCases() {
    var term = $('search-term').value.trim();
    status(term ? '正在查找“' + term + '”……' : '正在加载案件……');
    getJson('/api/cases' + (term ? '?q=' + encodeURIComponent(term) : '')).then(function (cases) {
      var rows = $('case-rows');
      rows.textContent = '';
      cases.forEach(function (c) {
        var tr = el('tr');
        tr.appendChild(el('td', c.caseNumber));
        tr.appendChild(el('td', c.family));
        tr.appendChild(el('td', c.title || '—'));
        tr.appendChild(el('td', c.organisation || '—'));
        tr.appendChild(el('td', c.stage));
        tr.appendChild(stepsCell(c.openSteps, function (s) { return el('div', s.name, 'step'); }));
        tr.appendChild(stepsCell(c.openSteps, holderText));
        tr.appendChild(stepsCell(c.openSteps, dueText));
        var actions = el('td', null, 'actions');
        var b = el('button', '查看进展');
        b.type = 'button';
        b.addEventListener('click', function () { showProgress(c.caseNumber); });
        actions.appendChild(b);
        tr.appendChild(actions);
        rows.appendChild(tr);
      });
      if (term) {
        status(cases.length ? '找到 ' + cases.length + ' 件与“' + term + '”相关的案件。' : '没有与“' + term + '”相关的案件。');
      } else {
        status(cases.length ? '共 ' + cases.length + ' 件案件。' : '暂无案件。');
      }
    }).catch(function (e) { status(e.message, true); });
  }

  function showProgress(caseNumber) {
    $('progress').hidden = false;
    $('progress-number').textContent = caseNumber;
    $('progress-summary').textContent = '正在加载……';
    getJson('/api/cases/' + encodeURIComponent(caseNumber)).then(function (detail) {
      var c = detail.overview;
      var summary = c.family + '｜' + (c.title || '') + '｜' + (c.organisation || '') + '｜阶段：' + c.stage + '｜' + c.status;
      if (c.endedAt) { summary += '（' + when(c.endedAt) + '）'; }
      $('progress-summary').textContent = summary;
      var rows = $('timeline-rows');
      rows.textContent = '';
      detail.timeline.forEach(function (step) {
        var tr = el('tr');
        tr.appendChild(el('td', step.name));
        tr.appendChild(el('td', when(step.doneAt)));
        tr.appendChild(el('td', step.by || '系统自动'));
        rows.appendChild(tr);
      });
      $('progress').scrollIntoView();
    }).catch(function (e) { $('progress-summary').textContent = e.message; });
  }

  function csrfFromCookie() {
    var match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('csrf').value = csrfFromCookie();
    $('logout').addEventListener('submit', function () { $('csrf').value = csrfFromCookie(); });
    $('search').addEventListener('submit', function (event) { event.preventDefault(); loadCases(); });
    $('search-clear').addEventListener('click', function () { $('search-term').value = ''; loadCases(); });
    loadCases();
  });
})();
