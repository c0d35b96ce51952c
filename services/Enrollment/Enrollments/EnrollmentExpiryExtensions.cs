namespace AccountingPlatform.Enrollment.Enrollments;

public static class EnrollmentExpiryExtensions
{
    public static IHostApplicationBuilder AddEnrollmentExpiry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EnrollmentExpiryOptions>().Bind(builder.Configuration.GetSection(EnrollmentExpiryOptions.SectionName));
        builder.Services.AddHostedService<EnrollmentExpiryWorker>();
        return builder;
    }
}
