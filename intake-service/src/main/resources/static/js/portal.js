/* Shared by the portal pages: translated text, API errors tied to their fields, proof of work. */
'use strict';
var Portal = (function () {
  var text = JSON.parse(document.getElementById('portal-text').textContent || '{}');

  function t(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var value = text[key] || key;
    return value.replace(/\{(\d+)\}/g, function (m, i) { return args[i] !== undefined ? args[i] : m; });
  }

  function errorId(field) {
    return 'err-' + String(field).replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
  }

  function clearErrors(root) {
    root.querySelectorAll('.error').forEach(function (e) { e.hidden = true; e.textContent = ''; });
    root.querySelectorAll('[aria-invalid]').forEach(function (e) { e.removeAttribute('aria-invalid'); });
  }

  /* Shows each field problem next to its field (the field already points at it with aria-describedby). */
  function showErrors(root, problem, fallbackId) {
    var first = null;
    var errors = (problem && problem.errors) || [];
    errors.forEach(function (e) {
      var id = errorId(e.field);
      var target = document.getElementById(id) || document.getElementById(id.replace(/-\d+$/, ''))
        || document.getElementById(fallbackId);
      if (!target) { return; }
      var message = text['error.' + e.code] || e.message;
      target.textContent = target.hidden ? message : target.textContent + ' ' + message;
      target.hidden = false;
      var input = root.querySelector('[aria-describedby~="' + target.id + '"]');
      if (input) {
        input.setAttribute('aria-invalid', 'true');
        if (!first) { first = input; }
      }
    });
    var general = document.getElementById(fallbackId);
    if (general && general.hidden) {
      var code = problem && problem.code;
      general.textContent = code === 'VALIDATION_FAILED' ? t('js.error.fix')
        : (problem && problem.status === 429) ? t('error.TOO_MANY')
        : (text['error.' + code] || t('js.error.generic'));
      general.hidden = false;
    }
    return first;
  }

  /* Asks for a challenge and solves it in a Web Worker, reporting progress (0..1). */
  function proofOfWork(onProgress) {
    return fetch('/api/v1/challenges', { method: 'POST' })
      .then(function (r) { if (!r.ok) { throw r; } return r.json(); })
      .then(function (challenge) {
        return new Promise(function (resolve, reject) {
          var worker = new Worker('/js/pow-worker.js');
          worker.onmessage = function (event) {
            if (event.data.nonce !== undefined) {
              worker.terminate();
              onProgress(1);
              resolve(challenge.id + ':' + event.data.nonce);
            } else {
              onProgress(Math.min(0.99, event.data.tried / Math.pow(2, challenge.difficulty)));
            }
          };
          worker.onerror = function (e) { worker.terminate(); reject(e); };
          worker.postMessage({ prefix: challenge.prefix, difficulty: challenge.difficulty });
        });
      });
  }

  /* Sends a request with upload progress; resolves with {status, body}. */
  function send(method, url, body, headers, onUploadProgress) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      Object.keys(headers || {}).forEach(function (k) { xhr.setRequestHeader(k, headers[k]); });
      if (onUploadProgress) {
        xhr.upload.onprogress = function (e) { if (e.lengthComputable) { onUploadProgress(e.loaded, e.total); } };
      }
      xhr.onload = function () {
        var parsed = null;
        try { parsed = JSON.parse(xhr.responseText); } catch (e) { parsed = null; }
        resolve({ status: xhr.status, body: parsed });
      };
      xhr.onerror = function () { reject(new Error('network')); };
      xhr.send(body);
    });
  }

  /* One list item per chosen file, each with its own progress bar. */
  function listFiles(input, list) {
    list.innerHTML = '';
    Array.prototype.forEach.call(input.files, function (file, i) {
      var li = document.createElement('li');
      var name = document.createElement('span');
      name.textContent = file.name + ' (' + Math.max(1, Math.round(file.size / 1024)) + ' KiB)';
      name.id = list.id + '-name-' + i;
      var bar = document.createElement('progress');
      bar.max = 100; bar.value = 0;
      bar.setAttribute('aria-label', t('js.progress', file.name));
      bar.className = 'file-progress';
      li.appendChild(name); li.appendChild(bar);
      list.appendChild(li);
    });
  }

  /* Spreads the bytes sent so far over the files, in the order they are in the body. */
  function fileProgress(list, files, loaded, total) {
    var sizes = Array.prototype.map.call(files, function (f) { return f.size; });
    var filesTotal = sizes.reduce(function (a, b) { return a + b; }, 0);
    var before = Math.max(0, total - filesTotal);
    var sent = Math.max(0, loaded - before);
    list.querySelectorAll('progress').forEach(function (bar, i) {
      var share = Math.min(sizes[i], Math.max(0, sent));
      bar.value = sizes[i] ? Math.round(share * 100 / sizes[i]) : 100;
      sent -= sizes[i];
    });
  }

  return { t: t, clearErrors: clearErrors, showErrors: showErrors, proofOfWork: proofOfWork, send: send,
    listFiles: listFiles, fileProgress: fileProgress, lang: text.lang || document.documentElement.lang };
})();
