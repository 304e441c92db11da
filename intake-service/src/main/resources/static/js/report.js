/* The report form: one step at a time, review, proof of work, submission to the public API, receipt. */
'use strict';
(function () {
  var form = document.getElementById('report-form');
  var steps = Array.prototype.slice.call(form.querySelectorAll('.step'));
  var back = document.getElementById('back');
  var next = document.getElementById('next');
  var counter = document.getElementById('step-counter');
  var files = document.getElementById('files');
  var fileList = document.getElementById('file-list');
  var current = 0;

  function value(id) { var e = document.getElementById(id); return e ? e.value.trim() : ''; }

  function show(index, focus) {
    current = index;
    steps.forEach(function (s, i) { s.hidden = i !== index; });
    back.hidden = index === 0;
    next.hidden = index === steps.length - 1;
    counter.textContent = Portal.t('js.step', index + 1, steps.length);
    if (steps[index].dataset.step === 'review') { review(); }
    if (focus) { steps[index].querySelector('h2').focus(); }
  }

  function stepValid() {
    var step = steps[current].dataset.step;
    Portal.clearErrors(steps[current]);
    var problems = [];
    if (step === 'what') {
      var d = value('description');
      if (!d) { problems.push({ field: 'description', code: 'REQUIRED' }); }
      else if (Array.from(d).length < 20) { problems.push({ field: 'description', code: 'TOO_SHORT' }); }
    }
    if (step === 'identity' && !anonymous()) {
      if (!value('fullName')) { problems.push({ field: 'reporter.fullName', code: 'REQUIRED' }); }
      if (!value('phone') && !value('email')) { problems.push({ field: 'reporter.phone', code: 'REQUIRED' }); }
    }
    if (step === 'consent' && !document.getElementById('consent').checked) {
      problems.push({ field: 'consent', code: 'REQUIRED' });
    }
    if (step === 'evidence') {
      var limits = document.getElementById('evidence-limits').dataset;
      var total = 0;
      Array.prototype.forEach.call(files.files, function (f, i) {
        total += f.size;
        if (f.size === 0) { problems.push({ field: 'evidence', code: 'EMPTY_FILE' }); }
        if (f.size > limits.maxFileMib * 1048576) { problems.push({ field: 'evidence', code: 'FILE_TOO_LARGE' }); }
      });
      if (files.files.length > Number(limits.maxFiles)) { problems.push({ field: 'evidence', code: 'TOO_MANY_FILES' }); }
      if (total > limits.maxReportMib * 1048576) { problems.push({ field: 'evidence', code: 'REPORT_TOO_LARGE' }); }
    }
    if (problems.length) {
      var first = Portal.showErrors(steps[current], { errors: problems }, 'none');
      if (first) { first.focus(); }
      return false;
    }
    return true;
  }

  function anonymous() { return document.getElementById('anon-yes').checked; }

  function rows(selector, build) {
    return Array.prototype.map.call(form.querySelectorAll(selector), build).filter(function (x) { return x; });
  }

  function report() {
    var category = form.querySelector('input[name=category]:checked');
    var r = {
      category: category ? category.value : null,
      description: value('description'),
      language: Portal.lang,
      contentLocations: rows('.location', function (row) {
        var url = row.querySelector('input[name=url]').value.trim();
        var platform = row.querySelector('input[name=platform]').value.trim();
        return url ? { url: url, platform: platform || null } : null;
      }),
      suspectIdentifiers: rows('.identifier', function (row) {
        var v = row.querySelector('input[name=idvalue]').value.trim();
        return v ? { type: row.querySelector('select').value, value: v } : null;
      }),
      place: value('city') ? { city: value('city') } : null,
      anonymous: anonymous(),
      consent: document.getElementById('consent').checked
    };
    var when = value('occurredAt');
    if (when) { r.occurredAt = when + 'T00:00:00Z'; }
    if (!r.anonymous) {
      r.reporter = { fullName: value('fullName'), phone: value('phone') || null, email: value('email') || null,
        nationalId: value('nationalId') || null, city: value('reporterCity') || null,
        statusEmails: document.getElementById('statusEmails').checked };
    }
    return r;
  }

  function review() {
    var r = report();
    var dl = document.getElementById('review');
    dl.innerHTML = '';
    function add(label, text) {
      var dt = document.createElement('dt'); dt.textContent = label;
      var dd = document.createElement('dd'); dd.textContent = text || Portal.t('js.review.empty');
      dl.appendChild(dt); dl.appendChild(dd);
    }
    add(Portal.t('js.review.category'), r.category ? Portal.t('category.' + r.category + '.label') : '');
    add(Portal.t('js.review.description'), r.description);
    add(Portal.t('js.review.locations'), r.contentLocations.map(function (l) { return l.url; }).join(', '));
    add(Portal.t('js.review.identifiers'), r.suspectIdentifiers.map(function (i) { return i.value; }).join(', '));
    add(Portal.t('js.review.city'), r.place ? r.place.city : '');
    add(Portal.t('js.review.files'), Array.prototype.map.call(files.files, function (f) { return f.name; }).join(', '));
    add(Portal.t('js.review.identity'), r.anonymous ? Portal.t('js.anonymous') : Portal.t('js.identified') + ': ' + r.reporter.fullName);
    document.getElementById('self-disclosure').hidden = !(r.anonymous && contactInText(r.description));
  }

  // An anonymous reporter's own number or address written in the text would travel with the report. The reporter is
  // warned, the text is never changed: the same number may be the suspect's, and then it is evidence.
  function contactInText(text) {
    var t = text.replace(/[\u0660-\u0669]/g, function (c) { return String(c.charCodeAt(0) - 0x660); })
      .replace(/[\u06F0-\u06F9]/g, function (c) { return String(c.charCodeAt(0) - 0x6F0); });
    if (/[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/i.test(t)) { return true; }
    return (t.match(/\+?\d[\d .\-]{7,22}\d/g) || []).some(function (run) {
      // from each group of digits on: "payé 500 06 12 34 56 78" holds a number that does not start the run
      return run.split(/(?=[ .\-][+\d])/).some(function (group, i, groups) {
        var rest = groups.slice(i).join('').replace(/^[ .\-]/, '');
        var digits = (rest.charAt(0) === '+' ? '+' : '') + rest.replace(/\D/g, '');
        // a Moroccan mobile or landline, or an international number; dates and amounts start otherwise
        return /^(?:0[5-7]\d{8}|\+\d{9,}|00\d{9,})/.test(digits);
      });
    });
  }

  function addRow(containerId, selector) {
    var container = document.getElementById(containerId);
    var rowsNow = container.querySelectorAll(selector);
    var copy = rowsNow[0].cloneNode(true);
    var index = rowsNow.length;
    copy.querySelectorAll('[id]').forEach(function (e) { e.id = e.id.replace(/-0(-|$)/, '-' + index + '$1'); });
    copy.querySelectorAll('label[for]').forEach(function (e) { e.htmlFor = e.htmlFor.replace(/-0$/, '-' + index); });
    copy.querySelectorAll('[aria-describedby]').forEach(function (e) {
      e.setAttribute('aria-describedby', e.getAttribute('aria-describedby').replace(/-0-/, '-' + index + '-'));
    });
    copy.querySelectorAll('[data-field]').forEach(function (e) {
      e.dataset.field = e.dataset.field.replace('[0]', '[' + index + ']');
    });
    copy.querySelectorAll('input').forEach(function (e) { e.value = ''; });
    copy.querySelectorAll('.error').forEach(function (e) { e.hidden = true; e.textContent = ''; });
    container.appendChild(copy);
    copy.querySelector('input, select').focus();
  }

  function showReceipt(result) {
    form.hidden = true;
    var section = document.getElementById('receipt');
    document.getElementById('receipt-number').textContent = result.receipt.replace(/(\d{4})(?=\d)/g, '$1 ');
    var list = document.getElementById('receipt-files');
    (result.evidence || []).forEach(function (e) {
      var li = document.createElement('li');
      var name = document.createElement('span'); name.textContent = e.fileName + ' — ';
      var code = document.createElement('code'); code.textContent = e.sha256;
      li.appendChild(name); li.appendChild(code);
      list.appendChild(li);
    });
    section.hidden = false;
    document.getElementById('h-receipt').focus();
    document.getElementById('open-follow-up').addEventListener('click', function () {
      // handed to the follow-up page in this tab only, then forgotten there
      sessionStorage.setItem('iblagh.receipt', result.receipt);
      location.href = this.dataset.href;
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var submit = document.getElementById('submit');
    var general = document.getElementById('form-error');
    Portal.clearErrors(form);
    submit.disabled = true;
    var pow = document.getElementById('pow');
    var bar = document.getElementById('pow-progress');
    pow.hidden = false;
    Portal.proofOfWork(function (p) { bar.value = Math.round(p * 100); })
      .then(function (proof) {
        document.getElementById('pow-label').textContent = Portal.t('js.pow.done') + ' ' + Portal.t('js.sending');
        var body;
        var headers = { 'X-Proof-Of-Work': proof };
        if (files.files.length) {
          body = new FormData();
          body.append('report', new Blob([JSON.stringify(report())], { type: 'application/json' }));
          Array.prototype.forEach.call(files.files, function (f) { body.append('evidence', f, f.name); });
        } else {
          body = JSON.stringify(report());
          headers['Content-Type'] = 'application/json';
        }
        return Portal.send('POST', '/api/v1/reports', body, headers, function (loaded, total) {
          Portal.fileProgress(fileList, files.files, loaded, total);
        });
      })
      .then(function (response) {
        if (response.status === 201) {
          showReceipt(response.body);
          return;
        }
        submit.disabled = false;
        var problem = response.body || { status: response.status };
        var first = Portal.showErrors(form, problem, 'form-error');
        var field = first && first.closest('.step');
        if (field) { show(steps.indexOf(field), false); first.focus(); } else { general.focus && general.focus(); }
      })
      .catch(function () {
        submit.disabled = false;
        general.textContent = Portal.t('js.error.generic');
        general.hidden = false;
      });
  });

  next.addEventListener('click', function () { if (stepValid()) { show(current + 1, true); } });
  back.addEventListener('click', function () { show(current - 1, true); });
  document.getElementById('add-location').addEventListener('click', function () { addRow('locations', '.location'); });
  document.getElementById('add-identifier').addEventListener('click', function () { addRow('identifiers', '.identifier'); });
  files.addEventListener('change', function () { Portal.listFiles(files, fileList); });
  document.getElementById('print').addEventListener('click', function () { window.print(); });
  document.getElementById('edit-description').addEventListener('click', function () {
    show(0, false);
    document.getElementById('description').focus();
  });
  form.querySelectorAll('input[name=anonymous]').forEach(function (radio) {
    radio.addEventListener('change', function () { document.getElementById('identity-fields').hidden = anonymous(); });
  });
  show(0, false);
})();
