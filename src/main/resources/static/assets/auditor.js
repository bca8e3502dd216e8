// Auditor page: lists dossiers and records, downloads and verifies them through /api/records and /api/dossiers.
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

  function when(iso) {
    if (!iso) { return ''; }
    var part = {};
    CHINA_TIME.formatToParts(new Date(iso)).forEach(function (p) { part[p.type] = p.value; });
    return part.year + '年' + part.month + '月' + part.day + '日 ' + part.hour + ':' + part.minute;
  }

  function getJson(url) {
    return fetch(url, { headers: headers, credentials: 'same-origin' }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (response.status === 401) { window.location.href = '/login'; }
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

  function link(text, href) {
    var a = el('a', text);
    a.href = href;
    return a;
  }

  function button(text, onClick) {
    var b = el('button', text);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function recordsUrl(dossier) {
    if (dossier.businessKey) { return '/api/records?businessKey=' + encodeURIComponent(dossier.businessKey); }
    return '/api/records?processInstanceId=' + encodeURIComponent(dossier.dossierKey.replace(/^pi:/, ''));
  }

  function loadDossiers() {
    var term = $('search-term').value.trim();
    status(term ? '正在查找“' + term + '”……' : '正在加载案卷……');
    getJson('/api/dossiers' + (term ? '?q=' + encodeURIComponent(term) : '')).then(function (dossiers) {
      var rows = $('dossier-rows');
      rows.textContent = '';
      dossiers.forEach(function (dossier) {
        var tr = el('tr');
        tr.appendChild(el('td', dossier.dossierKey));
        tr.appendChild(el('td', dossier.subject || '—'));
        tr.appendChild(el('td', dossier.recordCount));
        tr.appendChild(el('td', dossier.lastTitle));
        tr.appendChild(el('td', when(dossier.lastCreatedAt)));
        var actions = el('td', null, 'actions');
        actions.appendChild(button('查看文书', function () { showRecords(dossier); }));
        actions.appendChild(button('核验案卷', function () { verifyDossier(dossier); }));
        if (dossier.businessKey) {
          actions.appendChild(link('下载案卷', '/api/dossiers/' + encodeURIComponent(dossier.businessKey)));
        }
        tr.appendChild(actions);
        rows.appendChild(tr);
      });
      if (term) {
        status(dossiers.length ? '找到 ' + dossiers.length + ' 个与“' + term + '”相关的案卷。' : '没有与“' + term + '”相关的案卷。');
      } else {
        status(dossiers.length ? '共 ' + dossiers.length + ' 个案卷。' : '暂无案卷。');
      }
    }).catch(function (e) { status(e.message, true); });
  }

  function showRecords(dossier) {
    $('records').hidden = false;
    $('records-key').textContent = dossier.dossierKey;
    $('dossier-result').textContent = '';
    $('verification').hidden = true;
    getJson(recordsUrl(dossier)).then(function (records) {
      var rows = $('record-rows');
      rows.textContent = '';
      records.forEach(function (record) {
        var tr = el('tr');
        tr.appendChild(el('td', record.chainPosition));
        tr.appendChild(el('td', record.title));
        tr.appendChild(el('td', record.typeName || record.type));
        tr.appendChild(el('td', record.stepName || record.step));
        tr.appendChild(el('td', when(record.createdAt)));
        tr.appendChild(el('td', record.sha256, 'hash'));
        var actions = el('td', null, 'actions');
        actions.appendChild(link('下载 PDF', '/api/records/' + encodeURIComponent(record.id) + '/pdf'));
        actions.appendChild(button('核验', function () { verifyRecord(record); }));
        tr.appendChild(actions);
        rows.appendChild(tr);
      });
      $('records').scrollIntoView();
    }).catch(function (e) { $('dossier-result').textContent = e.message; });
  }

  function verdict(ok, good, bad) {
    return el('span', ok ? good : bad, ok ? 'ok' : 'bad');
  }

  function verifyRecord(record) {
    var out = $('verification');
    out.hidden = false;
    out.textContent = '正在核验……';
    getJson('/api/records/' + encodeURIComponent(record.id) + '/verification').then(function (v) {
      out.textContent = '';
      out.appendChild(el('div', '文书：' + record.title + '（' + record.id + '）'));
      var line = el('div', '签名：');
      line.appendChild(verdict(v.signatureValid, '有效', '无效'));
      out.appendChild(line);
      line = el('div', '文件摘要：');
      line.appendChild(verdict(v.hashMatches, '与登记一致', '与登记不符'));
      out.appendChild(line);
      line = el('div', '摘要链：');
      line.appendChild(verdict(v.chainIntact, '完整', '断开'));
      out.appendChild(line);
      if (v.signature && v.signature.signer) { out.appendChild(el('div', '签名证书：' + v.signature.signer)); }
      if (v.signature && v.signature.timestampedAt) { out.appendChild(el('div', '时间戳：' + when(v.signature.timestampedAt))); }
      (v.details || []).forEach(function (d) { out.appendChild(el('div', '· ' + d, 'bad')); });
    }).catch(function (e) { out.textContent = e.message; });
  }

  function verifyDossier(dossier) {
    status('正在核验案卷 ' + dossier.dossierKey + '……');
    var key = dossier.businessKey || dossier.dossierKey;
    getJson('/api/dossiers/' + encodeURIComponent(key) + '/verification').then(function (v) {
      if (v.intact) {
        status('案卷 ' + v.dossierKey + '：' + v.recordCount + ' 件文书，签名全部有效，摘要链完整。');
      } else {
        var b = v.firstBrokenLink;
        status('案卷 ' + v.dossierKey + '：摘要链在第 ' + b.position + ' 件（' + (b.title || b.recordId) + '）处断开：' + b.problem, true);
      }
    }).catch(function (e) { status(e.message, true); });
  }

  function csrfFromCookie() {
    var match = document.cookie.match(/(?:^|; )XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('csrf').value = csrfFromCookie();
    $('logout').addEventListener('submit', function () { $('csrf').value = csrfFromCookie(); });
    $('search').addEventListener('submit', function (event) { event.preventDefault(); loadDossiers(); });
    $('search-clear').addEventListener('click', function () { $('search-term').value = ''; loadDossiers(); });
    loadDossiers();
  });
})();
