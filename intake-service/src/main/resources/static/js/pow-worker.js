/* Finds a nonce such that SHA-256(prefix + nonce) has `difficulty` leading zero bits (API.md). */
'use strict';
function leadingZeroBits(bytes) {
  var bits = 0;
  for (var i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0) { bits += 8; continue; }
    return bits + Math.clz32(bytes[i]) - 24;
  }
  return bits;
}
self.onmessage = async function (event) {
  var prefix = event.data.prefix;
  var difficulty = event.data.difficulty;
  var encoder = new TextEncoder();
  var batch = 256;
  for (var start = 0; ; start += batch) {
    var digests = [];
    for (var n = start; n < start + batch; n++) {
      digests.push(crypto.subtle.digest('SHA-256', encoder.encode(prefix + n)));
    }
    var results = await Promise.all(digests);
    for (var i = 0; i < results.length; i++) {
      if (leadingZeroBits(new Uint8Array(results[i])) >= difficulty) {
        self.postMessage({ nonce: String(start + i) });
        return;
      }
    }
    self.postMessage({ tried: start + batch });
  }
};
