#!/bin/sh
# One-shot, idempotent: buckets, object lock on "evidence", and the application's own S3 user.
set -eu
mc alias set iblagh "$MINIO_URL" "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"
mc mb --ignore-existing iblagh/evidence-incoming
# object lock can only be switched on when a bucket is created (it also turns on versioning)
mc mb --ignore-existing --with-lock iblagh/evidence
mc mb --ignore-existing iblagh/evidence-derived
# a floor for objects written without their own retention; evidence-service sets longer ones
mc retention set --default COMPLIANCE "${EVIDENCE_DEFAULT_RETENTION:-30d}" iblagh/evidence
# quarantine is short-lived: anything left there after a week is an abandoned upload
mc ilm rule ls iblagh/evidence-incoming 2>/dev/null | grep -q "7" || mc ilm rule add --expire-days 7 iblagh/evidence-incoming
mc admin policy create iblagh iblagh-app /config/iblagh-app-policy.json
mc admin user add iblagh "$IBLAGH_S3_ACCESS_KEY" "$IBLAGH_S3_SECRET_KEY"
mc admin policy attach iblagh iblagh-app --user "$IBLAGH_S3_ACCESS_KEY" || true
mc retention info --default iblagh/evidence
