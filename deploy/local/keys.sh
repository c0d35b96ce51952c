#!/usr/bin/env bash
# Development-only keys, made once into .local/keys (never committed): Identity's token-signing key,
# the Alipay merchant app key pair, the emulator's "Alipay platform" key pair, and the SMS access-key secret.
set -euo pipefail
. "$(dirname "$0")/env.sh"
dir=$RUN_DIR/keys
mkdir -p "$dir"; chmod 700 "$dir"
pair() {
  [ -f "$dir/$1.private" ] && return
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/$1.pem" 2>/dev/null
  openssl pkcs8 -topk8 -nocrypt -in "$dir/$1.pem" -outform DER | base64 -w0 > "$dir/$1.private"
  openssl pkey -in "$dir/$1.pem" -pubout -outform DER | base64 -w0 > "$dir/$1.public"
  rm -f "$dir/$1.pem"
}
pair identity-signing
pair alipay-app
pair alipay-platform
[ -f "$dir/sms.secret" ] || openssl rand -hex 24 | tr -d '\n' > "$dir/sms.secret"
