#!/usr/bin/env bash
# DEVELOPMENT-ONLY keys for the local run, generated once into .local/keys/ (gitignored; never commit them):
#   identity-signing.{private,public}  Identity's token-signing RSA key             (Identity__SigningKey)
#   alipay-app.{private,public}        the Alipay merchant app key pair              (Channels__Alipay__AppPrivateKey /
#                                                                                     Emulator__Alipay__Apps__0__AppPublicKey)
#   alipay-platform.{private,public}   the emulator's "Alipay platform" key pair     (Emulator__Alipay__AlipayPrivateKey /
#                                                                                     Channels__Alipay__AlipayPublicKey)
#   sms.secret                         the SMS AccessKeySecret shared with the emulator
# RSA 2048; *.private = base64 of PKCS#8 DER on one line, *.public = base64 of SubjectPublicKeyInfo DER on one line.
# Delete .local/keys to get new ones (then restart the platform with up.sh).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/env.sh"
command -v openssl >/dev/null || die "openssl is missing (apt-get install openssl, or run deploy/local/infra.sh start)"
umask 077
mkdir -p "$KEYS_DIR"; chmod 700 "$KEYS_DIR"
made=()

# PKCS#8 is SEQUENCE { INTEGER 0, SEQUENCE { OID rsaEncryption, NULL }, OCTET STRING }; PKCS#1 has no inner SEQUENCE.
is_pkcs8() { base64 -d "$1" 2>/dev/null | openssl asn1parse -inform DER 2>/dev/null | sed -n 3p | grep -q 'cons: SEQUENCE'; }

pair() {
  local name=$1 der
  if [ -s "$KEYS_DIR/$name.private" ] && [ -s "$KEYS_DIR/$name.public" ]; then
    is_pkcs8 "$KEYS_DIR/$name.private" && return 0
    # an older key in PKCS#1 form: convert it (Identity reads PKCS#8 only)
    base64 -d "$KEYS_DIR/$name.private" | openssl pkcs8 -topk8 -nocrypt -inform DER -outform DER | base64 -w0 \
      > "$KEYS_DIR/.$name.private.tmp" && mv -f "$KEYS_DIR/.$name.private.tmp" "$KEYS_DIR/$name.private"
    is_pkcs8 "$KEYS_DIR/$name.private" || die "$KEYS_DIR/$name.private is not a PKCS#8 RSA key; delete it and re-run"
    made+=("$name(converted to PKCS#8)"); return 0
  fi
  der=$(mktemp "$KEYS_DIR/.$name.XXXXXX")
  # OpenSSL 3.0 writes RSA keys in DER as PKCS#1 ("traditional") from genpkey and pkey; pkcs8 -topk8 makes PKCS#8.
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null \
    | openssl pkcs8 -topk8 -nocrypt -outform DER -out "$der" \
    || { rm -f "$der"; die "openssl could not generate the $name key"; }
  base64 -w0 "$der" > "$KEYS_DIR/.$name.private.tmp"
  openssl pkey -inform DER -in "$der" -pubout -outform DER | base64 -w0 > "$KEYS_DIR/.$name.public.tmp"
  rm -f "$der"
  [ -s "$KEYS_DIR/.$name.private.tmp" ] && [ -s "$KEYS_DIR/.$name.public.tmp" ] || die "could not write the $name key pair"
  mv -f "$KEYS_DIR/.$name.private.tmp" "$KEYS_DIR/$name.private"
  mv -f "$KEYS_DIR/.$name.public.tmp" "$KEYS_DIR/$name.public"
  made+=("$name")
}

pair identity-signing
pair alipay-app
pair alipay-platform
if [ ! -s "$KEYS_DIR/sms.secret" ]; then
  openssl rand -hex 24 | tr -d '\n' > "$KEYS_DIR/.sms.secret.tmp" && mv -f "$KEYS_DIR/.sms.secret.tmp" "$KEYS_DIR/sms.secret"
  made+=(sms-secret)
fi
cat > "$KEYS_DIR/README" <<'TXT'
Development-only keys made by deploy/local/keys.sh for the local run and the channel emulator. Never commit them,
never use them anywhere else. Delete this directory to get new ones.
TXT

if [ ${#made[@]} -gt 0 ]; then log "keys: wrote ${made[*]} in $KEYS_DIR (development only)"
else log "keys: present in $KEYS_DIR"; fi
