/* The follow-up page: the receipt opens the status timeline and the conversation; replies and late evidence. */
'use strict';
(function () {
  var receiptInput = document.getElementById('receipt');
  var receipt = null;

  function digits(v) { return v.replace(/\D/g, ''); }

  function when(at) {
    try { return new Date(at).toLocaleString(Portal.lang); } catch (e) { return at; }
  }

  function render(view) {
    var timeline = document.getElementById('timeline');
    timeline.innerHTML = '';
    view.history.forEach(function (h) {
      var li = document.createElement('li');
      var label = document.createElement('strong'); label.textContent = h.label;
      var time = document.createElement('time'); time.dateTime = h.at; time.textContent = ' ' + when(h.at);
      li.appendChild(label); li.appendChild(time);
      timeline.appendChild(li);
    });
    var messages = document.getElementById('messages');
    messages.innerHTML = '';
    view.messages.forEach(function (m) {
      var li = document.createElement('li');
      li.className = 'message ' + m.from.toLowerCase();
      var who = document.createElement('p'); who.className = 'from';
      who.textContent = Portal.t('followup.from.' + m.from) + ' — ' + when(m.at);
      var text = document.createElement('p'); text.textContent = m.text; text.dir = 'auto';
      li.appendChild(who); li.appendChild(text);
      (m.evidence || []).forEach(function (e) {
        var f = document.createElement('p'); f.className = 'hash'; f.dir = 'ltr';
        f.textContent = e.fileName + ' — ' + e.sha256;
        li.appendChild(f);
      });
      messages.appendChild(li);
    });
    document.getElementById('no-messages').hidden = view.messages.length > 0;
    document.getElementById('report-view').hidden = false;
  }

  function open() {
    var form = document.getElementById('receipt-form');
    Portal.clearErrors(form);
    return fetch('/api/v1/follow-up?lang=' + encodeURIComponent(Portal.lang), { headers: { 'X-Receipt': receipt } })
      .then(function (r) { return r.json().then(function (body) { return { status: r.status, body: body }; }); })
      .then(function (response) {
        if (response.status === 200) {
          render(response.body);
          document.getElementById('h-timeline').focus();
          return;
        }
        var problem = response.body || {};
        var error = document.getElementById('err-receipt');
        error.textContent = response.status === 429 ? Portal.t('error.TOO_MANY')
          : Portal.t('error.' + (problem.code || 'RECEIPT_UNKNOWN'));
        error.hidden = false;
        receiptInput.setAttribute('aria-invalid', 'true');
        receiptInput.focus();
      });
  }

  document.getElementById('receipt-form').addEventListener('submit', function (event) {
    event.preventDefault();
    receipt = digits(receiptInput.value);
    open();
  });

  var replyFiles = document.getElementById('reply-files');
  var replyList = document.getElementById('reply-file-list');
  replyFiles.addEventListener('change', function () { Portal.listFiles(replyFiles, replyList); });

  document.getElementById('reply-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var form = event.target;
    Portal.clearErrors(form);
    var status = document.getElementById('reply-status');
    var body = new FormData();
    body.append('text', document.getElementById('reply').value);
    Array.prototype.forEach.call(replyFiles.files, function (f) { body.append('evidence', f, f.name); });
    status.textContent = Portal.t('js.sending');
    Portal.send('POST', '/api/v1/follow-up/messages', body, { 'X-Receipt': receipt }, function (loaded, total) {
      Portal.fileProgress(replyList, replyFiles.files, loaded, total);
    }).then(function (response) {
      if (response.status === 201) {
        status.textContent = Portal.t('js.sent');
        form.reset();
        replyList.innerHTML = '';
        return open();
      }
      status.textContent = '';
      var first = Portal.showErrors(form, response.body || { status: response.status }, 'err-text');
      if (first) { first.focus(); }
    }).catch(function () { status.textContent = Portal.t('js.error.generic'); });
  });

  var handed = sessionStorage.getItem('iblagh.receipt');
  if (handed) {
    sessionStorage.removeItem('iblagh.receipt');
    receiptInput.value = handed;
    receipt = handed;
    open();
  }
})();
