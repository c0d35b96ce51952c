namespace AccountingPlatform.Enrollment.Exams;

public static class DevelopmentExamSeedExtensions
{
    public static IHostApplicationBuilder AddDevelopmentExamSeed(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Enrollment:SeedDevelopmentExam"))
            builder.Services.AddHostedService<DevelopmentExamSeed>();
        return builder;
    }
}
