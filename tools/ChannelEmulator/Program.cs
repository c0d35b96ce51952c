using AccountingPlatform.ChannelEmulator.Alipay;
using AccountingPlatform.ChannelEmulator.Email;
using AccountingPlatform.ChannelEmulator.Sms;
using AccountingPlatform.ChannelEmulator.UnionPay;
using AccountingPlatform.ChannelEmulator.WeChatPay;
using AccountingPlatform.ServiceDefaults.Problems;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults("EMULATOR");
builder.AddAlipayEmulator();
builder.AddUnionPayEmulator();
builder.AddWeChatPayEmulator();
builder.AddSmsEmulator();
builder.AddEmailEmulator();

var app = builder.Build();
app.UseDefaultProblemDetails();
app.MapDefaultEndpoints();
app.MapAlipayGatewayApi();
app.MapAlipayControlApi();
app.MapUnionPayGatewayApi();
app.MapUnionPayControlApi();
app.MapWeChatPayApi();
app.MapWeChatPayControlApi();
app.MapSmsApi();
app.MapSmsControlApi();
app.MapEmailControlApi();
app.Run();
