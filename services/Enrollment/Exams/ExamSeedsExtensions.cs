namespace AccountingPlatform.Enrollment.Exams;

public static class ExamSeedsOnStartExtensions
{
    public static IHostApplicationBuilder AddExamSeeds(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>("Enrollment:SeedDevelopmentExam") || builder.Configuration.GetValue<bool>("Enrollment:LoadExamSeeds"))
            builder.Services.AddHostedService<ExamSeedsOnStart>();
        return builder;
    }
}
