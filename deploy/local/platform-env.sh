#!/usr/bin/env bash
# Writes .local/platform.env: the configuration every platform process reads (same names as under Aspire and
# Kubernetes: ConnectionStrings__*, services__*__http__0, OTEL_*). A developer can run one service from an IDE with
#   set -a; . .local/platform.env; set +a
set -euo pipefail
. "$(dirname "$0")/env.sh"
keys=$RUN_DIR/keys
pg="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres"
{
  echo "ASPNETCORE_ENVIRONMENT='Development'"
  echo "DOTNET_gcServer='0'"
  for db in identitydb realnamedb personneldb reviewdb enrollmentdb paymentdb; do
    echo "ConnectionStrings__$db='$pg;Database=$db;Maximum Pool Size=50'"
  done
  echo "ConnectionStrings__rabbitmq='amqp://guest:guest@127.0.0.1:$RABBIT_PORT/'"
  echo "ConnectionStrings__redis='127.0.0.1:$REDIS_PORT'"
  echo "$PROCESSES" | while read -r name port _ _; do
    if [ -n "$name" ]; then echo "services__${name}__http__0='http://127.0.0.1:$port'"; fi
  done
  if [ -n "${OTEL_EXPORTER_OTLP_ENDPOINT:-}" ]; then echo "OTEL_EXPORTER_OTLP_ENDPOINT='$OTEL_EXPORTER_OTLP_ENDPOINT'"; fi
  echo "Identity__SigningKey='$(cat "$keys/identity-signing.private")'"
  echo "Identity__SeedAccounts__0__Phone='13900000001'"
  echo "Identity__SeedAccounts__0__Password='Review@2024dev'"
  echo "Identity__SeedAccounts__0__Name='北京审核员'"
  echo "Identity__SeedAccounts__0__Role='reviewer'"
  echo "Identity__SeedAccounts__0__DivisionCode='110000'"
  echo "Identity__SeedAccounts__1__Phone='13900000002'"
  echo "Identity__SeedAccounts__1__Password='Review@2024dev'"
  echo "Identity__SeedAccounts__1__Name='广东审核员'"
  echo "Identity__SeedAccounts__1__Role='reviewer'"
  echo "Identity__SeedAccounts__1__DivisionCode='440000'"
  echo "Channels__Alipay__GatewayUrl='http://127.0.0.1:$EMULATOR_PORT/alipay/gateway.do'"
  echo "Channels__Alipay__AppId='2021000000000001'"
  echo "Channels__Alipay__AppPrivateKey='$(cat "$keys/alipay-app.private")'"
  echo "Channels__Alipay__AlipayPublicKey='$(cat "$keys/alipay-platform.public")'"
  echo "Channels__Alipay__NotifyUrl='http://127.0.0.1:$GATEWAY_PORT/api/payment/notifications/alipay'"
  echo "Channels__Alipay__CertifyReturnUrl='http://127.0.0.1:$GATEWAY_PORT/'"
  echo "Channels__Sms__Endpoint='http://127.0.0.1:$EMULATOR_PORT/sms/'"
  echo "Channels__Sms__AccessKeyId='dev-sms-access-key'"
  echo "Channels__Sms__AccessKeySecret='$(cat "$keys/sms.secret")'"
  echo "Channels__Sms__SignName='全国会计资格评价网'"
  echo "Channels__Sms__TemplateCode='SMS_000000001'"
  echo "Emulator__Alipay__AlipayPrivateKey='$(cat "$keys/alipay-platform.private")'"
  echo "Emulator__Alipay__Apps__0__AppId='2021000000000001'"
  echo "Emulator__Alipay__Apps__0__AppPublicKey='$(cat "$keys/alipay-app.public")'"
  echo "Emulator__Sms__AccessKeys__0__AccessKeyId='dev-sms-access-key'"
  echo "Emulator__Sms__AccessKeys__0__AccessKeySecret='$(cat "$keys/sms.secret")'"
  echo "Gateway__RateLimits__LoginPerMinute='${LOGIN_PER_MINUTE:-60}'"
  echo "Gateway__RateLimits__SmsPerMinute='${SMS_PER_MINUTE:-30}'"
} > "$RUN_DIR/platform.env"
chmod 600 "$RUN_DIR/platform.env"
